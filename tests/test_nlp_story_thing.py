"""A wish pointing back with a pronoun after its verb's preposition names the one thing told
before it (nlp/story_thing.py): "… en gammel symaskine … sy på den igen" wishes "sy på symaskinen
igen"; two fitting things, a person or an activity leave the pronoun as said."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


def action(text: str) -> str | None:
    return (analyze(text, TODAY).extras or {}).get("action")


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        # "den" points at the one common noun told in the sentences before
        (
            "Jeg har en gammel symaskine fra min mor. Hun døde sidste år. "
            "Jeg vil gerne sy på den igen.",
            "sy på symaskinen igen",
        ),
        # speech with no punctuation, fillers, no æøå; a definite noun as said; the place
        # ("nede i kælderen") is where, not what
        (
            "øh jeg har stadig cyklen nede i kaelderen men knæet er daarligt og jeg vil saa gerne "
            "cykle på den igen",
            "cykle på cyklen igen",
        ),
        (
            "vi havde en gammel traktor ude paa gaarden og jeg vil gerne koere paa den igen",
            "køre på traktoren igen",
        ),
        # a noun in -el whose definite drops its "e" (nouns.json since round 27): "cyklen",
        # never a guessed "cykelen"
        (
            "jeg har min gamle cykel staaende i skuret og jeg vil gerne kunne cykle paa den igen",
            "cykle på cyklen igen",
        ),
        # a relative in the third person, "i" as the preposition
        ("Han har en gammel båd. Han vil gerne sejle i den igen.", "sejle i båden igen"),
        # "det" points at a neuter noun; the common noun beside it does not count
        (
            "Der står en stol og et gammelt flygel i stuen. Jeg vil spille på det igen.",
            "spille på flygelet igen",
        ),
        # the thing said after the wish's own verb and preposition is what the verb takes, no
        # place; a relative in the third person with no punctuation
        (
            "Hun har altid syet på symaskinen om aftenen men nu ryster hænderne og hun vil gerne "
            "sy på den igen",
            "sy på symaskinen igen",
        ),
    ],
)
def test_a_pronoun_after_the_verbs_preposition_names_the_thing_told(said, phrase):
    assert action(said) == phrase


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        # two things of the pronoun's gender: which one is unsure
        (
            "Der står et klaver og et bord i stuen. Jeg vil spille på det igen.",
            "spille på det igen",
        ),
        # "det" pointing at an activity, with no preposition before it
        ("Jeg har altid spillet på klaveret. Jeg vil gerne gøre det igen.", "gøre det igen"),
        # the only thing told is a place ("i haven"), and a person is no thing
        (
            "Min nabo sidder tit i haven. Jeg vil gerne snakke med den igen.",
            "snakke med den igen",
        ),
        # a thing after another verb's preposition is where that was done
        (
            "Jeg sad altid i lænestolen. Jeg vil gerne sidde på den igen.",
            "sidde på den igen",
        ),
        # the neuter noun is a person's word ("mit barnebarn"): never a thing
        (
            "Mit barnebarn kommer på lørdag. Jeg vil gerne lege med det igen.",
            "lege med det igen",
        ),
    ],
)
def test_a_pronoun_with_no_single_thing_stays_as_said(said, phrase):
    assert action(said) == phrase
