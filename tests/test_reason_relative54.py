"""Fix round 54 (blind176 Svend-Aage, blind175 Palle): a long reason shortened for the goal is
never cut before a relative clause that says which thing or person is meant, which would turn
its meaning: one said with no "som" after "noget"/"alt" ("… og ikke noget, en maskine laver",
never "… og ikke noget.") and one after an indefinite noun said as what one is or becomes ("være
en morfar, der kan noget sammen med mit barnebarn", never "være en morfar."). The clause is kept
whole when the reason ends near it; else the reason ends before the clause it belongs to.
Through the composer (compose_support.reason_in_goal) and the real dialogue."""

from __future__ import annotations

import pytest
from compose_support import dialogue_goal, reason_in_goal


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        # Svend-Aage: a relative clause with no "som", a sentence after it
        (
            "Fordi glasset har været mit liv, og fordi jeg vil vise børnene, at det er et "
            "håndværk med hænder og ånde og ikke noget, en maskine laver. Når de står med store "
            "øjne og kigger, så er jeg glad.",
            "ikke noget, en maskine laver",
        ),
        # Palle: a relative clause of the noun one wants to be, a contrast after it
        (
            "Fordi klatringen har været mit frirum i halvtreds år, og fordi jeg vil være en "
            "morfar, der kan noget sammen med mit barnebarn, ikke en, der sidder på bænken.",
            "være en morfar, der kan noget sammen med mit barnebarn",
        ),
        # "blive en mand, som …", a relative after it too
        (
            "Fordi jeg har været afhængig af hjemmeplejen i et helt år efter ulykken, og fordi "
            "jeg gerne vil blive en mand, som klarer sig selv igen, ikke en, der venter på hjælp.",
            "blive en mand, som klarer sig selv igen",
        ),
        # spoken, a filler and "altså"
        (
            "fordi øh glasset altså har været mit liv, og fordi jeg vil vise børnene, at det er "
            "et håndværk med hænder og ånde og ikke noget, en maskine laver",
            "ikke noget, en maskine laver",
        ),
    ],
)
def test_a_relative_clause_that_says_which_stays_with_its_head(told, kept):
    reason = reason_in_goal(told, "citizen")
    assert kept in reason, reason


@pytest.mark.parametrize(
    ("told", "head"),
    [
        # too long to keep the clause whole: the reason ends before the clause it belongs to
        (
            "Fordi glasset har været hele mit liv i mange mange år ude på værket, og fordi jeg "
            "gerne vil vise alle børnene, at det er et håndværk med hænder og ånde og ikke "
            "noget, en maskine laver.",
            "ikke noget",
        ),
        (
            "Fordi klatringen har været mit frirum i halvtreds år både ude og inde, og fordi jeg "
            "vil være en morfar, der kan noget sammen med mit barnebarn, ikke en, der sidder.",
            "være en morfar",
        ),
        # typed without æøå: longer, so cut before
        (
            "fordi glasset har vaeret mit liv, og fordi jeg vil vise boernene, at det er et "
            "haandvaerk med haender og aande og ikke noget, en maskine laver",
            "ikke noget",
        ),
    ],
)
def test_the_reason_never_ends_on_the_head_of_its_relative_clause(told, head):
    reason = reason_in_goal(told, "citizen")
    assert not reason.rstrip(".").endswith(head), reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        # a main clause spliced on after "noget" (more than a few words): no relative clause,
        # cut there as before
        (
            "Fordi jeg har passet min have hver eneste dag i fyrre år, og fordi jeg ikke vil have "
            "noget, jeg vil bare have lov til at være i fred med mine blomster.",
            ", fordi jeg har passet min have hver eneste dag i fyrre år, og fordi jeg ikke vil "
            "have noget.",
        ),
        # "noget, og …": a join, no relative clause
        (
            "Fordi jeg har passet min have hver eneste dag i fyrre år og aldrig fejlet noget, og "
            "fordi jeg vil have lov til at være i fred med mine blomster hver morgen.",
            ", fordi jeg har passet min have hver eneste dag i fyrre år og aldrig fejlet noget.",
        ),
        # a definite or possessed noun after "være": no predicate noun, as before
        (
            "Fordi klatringen har været mit frirum i halvtreds år, og fordi jeg vil være sammen "
            "med min dattersøn, der er fjorten nu og klatrer meget bedre end mig.",
            ", fordi klatringen har været mit frirum i halvtreds år, og fordi jeg vil være "
            "sammen med min dattersøn.",
        ),
        # an indefinite object of another verb: cut as before
        (
            "Fordi jeg har haft hund hele mit liv og gået tur hver morgen i skoven, og fordi jeg "
            "gerne vil have en hund, der kan gå med mig i skoven hver morgen igen.",
            ", fordi jeg har haft hund hele mit liv og gået tur hver morgen i skoven, og fordi "
            "jeg vil have en hund.",
        ),
    ],
)
def test_other_commas_after_such_words_are_cut_as_before(told, reason):
    assert reason_in_goal(told, "citizen") == reason


def test_the_dialogue_keeps_the_relative_clause():
    """Svend-Aage's answer to why through the real dialogue and the persona lint."""
    goal = dialogue_goal(
        wish="Jeg vil gerne blæse glas i værkstedet på museet igen.",
        motivation="Fordi glasset har været mit liv, og fordi jeg vil vise børnene, at det er et "
        "håndværk med hænder og ånde og ikke noget, en maskine laver. Når de står med store øjne "
        "og kigger, så er jeg glad.",
    )
    assert "og ikke noget, en maskine laver." in goal, goal
