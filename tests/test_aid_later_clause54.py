"""Fix round 54 (blind175 Jørn, blind176 Svend-Aage, blind174 Amra): a thing the aid answer says
was given or got in a LATER clause of the speaker's own ("…, og så har jeg fået et par
høreværn", "… Og ergoterapeuten har skaffet mig en kølevest") joins the goal's aids beside the
first; whose clause it is decides (its subject the speaker, or the speaker the one given to):
another's purchase, a negated clause, a noun's relative clause, a thing turned down after it and
an ailment or body part got stay out. Adjectives joined by "og" stay with their thing ("en lang
og tynd kagerulle", never "med en lang"). Through the real engine and content; the clause
reading itself (aid_joined_given.later_given) also as a pure function."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen

from assistant.content.yesno import normalise
from assistant.dialogs.aid_joined_given import LaterWords, later_given

WISH = {
    "wish": "jeg vil gerne se håndbold i hallen igen",
    "motivation": "fordi jeg mødes med drengene",
    "measure": "en hel kamp",
    "frequency": "hver onsdag",
    "deadline": "8 uger",
    "people": "ingen",
}


def _aid_phrase(answer: str) -> str:
    """The goal's aid phrase and aids (normalised) after `answer` to the aid question."""
    turn = answered_until(as_citizen(), {**WISH, "independence": answer}, "confirm")
    slots = turn.state["slots"]
    assert slots.get("independence") == "hjaelpemiddel", slots
    return normalise(" ".join([str(slots.get("aid_said") or ""), *(slots.get("aids") or [])]))


@pytest.mark.parametrize(
    ("answer", "later"),
    [
        # Jørn: spoken, no punctuation, "og så" before the later clause
        (
            "klubben har givet mig en hynde med ryglæn til bænken og så har jeg fået et par "
            "høreværn til når de larmer allermest",
            "høreværn",
        ),
        # Svend-Aage: a new sentence, the giver the subject and the speaker the one given to
        (
            "Museet har købt et lettere blæserør af titanium. Og ergoterapeuten har skaffet mig "
            "en kølevest, så jeg kan holde varmen ud.",
            "kølevest",
        ),
        # a comma and "og jeg har …"
        (
            "Kommunen har givet mig en høj stol, og jeg har fået en kølevest til de varme dage.",
            "kølevest",
        ),
        # typed without æøå
        (
            "kommunen har givet mig en hoej stol og saa har jeg faaet en koelevest",
            "koelevest",
        ),
        # second-language Danish: no article on the giver, a learner's word order
        (
            "Ergoterapeut har givet mig saks med fjeder. Og kommune har givet mig en høj skammel.",
            "skammel",
        ),
        # another's purchase said to be for the speaker
        (
            "Kommunen har givet mig en rollator, og så har min datter købt et par gode sko med "
            "velcro til mig.",
            "gode sko med velcro",
        ),
        # a filler between, the later clause in the present perfect with "også"
        (
            "øh klubben har givet mig en hynde og øh så har jeg også fået en kølevest",
            "kølevest",
        ),
    ],
)
def test_a_thing_got_in_a_later_clause_of_ones_own_joins_the_aids(answer, later):
    phrase = _aid_phrase(answer)
    assert normalise(later) in phrase, phrase


@pytest.mark.parametrize(
    ("answer", "kept_out"),
    [
        # another's clause: the son's purchase, turned down too (Amra)
        (
            "Kommunen har givet mig en høj stol. Min søn har købt en dejmaskine, men den vil jeg "
            "ikke have.",
            "dejmaskine",
        ),
        # another's clause, nothing turned down
        ("Kommunen har givet mig en høj stol, og min kone har fået en ny symaskine.", "symaskine"),
        # negated
        (
            "Kommunen har givet mig en høj stol, men jeg har ikke fået en kølevest endnu.",
            "kølevest",
        ),
        # turned down by the speaker after it
        (
            "Kommunen har givet mig en høj stol, og jeg har også fået en kølevest, men den vil jeg "
            "ikke bruge.",
            "kølevest",
        ),
        # another's purchase for themselves
        ("kommunen har givet mig en høj stol og min datter har købt en ny bil til sig selv", "bil"),
        # the first thing given turned down by the speaker after it
        (
            "Kommunen har givet mig en høj stol, og jeg har også fået en siddevogn, men den bruger "
            "jeg aldrig.",
            "siddevogn",
        ),
        # a noun's relative clause
        (
            "Min datter har givet mig en høj stol, som jeg har købt en gave til hende for.",
            "gave",
        ),
        # an ailment or a body part got, no thing to manage with
        ("Kommunen har givet mig en høj stol, og så har jeg fået en ny hofte.", "hofte"),
        ("kommunen har givet mig en høj stol og så fik jeg en blodprop i foråret", "blodprop"),
    ],
)
def test_a_later_clause_not_of_ones_own_adds_no_aid(answer, kept_out):
    phrase = _aid_phrase(answer)
    assert "stol" in phrase, phrase
    assert normalise(kept_out) not in phrase, phrase


@pytest.mark.parametrize(
    ("answer", "whole"),
    [
        # Amra: two adjectives joined by "og" before the thing
        ("Ergoterapeut har givet mig en lang og tynd kagerulle, den er let.", "kagerulle"),
        ("kommunen har givet mig en hoej og smal stol", "smal stol"),
        ("Jeg har fået en let og lang gribetang af ergoterapeuten.", "gribetang"),
    ],
)
def test_adjectives_joined_by_and_stay_with_their_thing(answer, whole):
    phrase = _aid_phrase(answer)
    assert normalise(whole) in phrase, phrase


def test_two_things_each_with_its_adjective_stay_as_said():
    """ "en lang og en kort stok": an article after "og", no adjective joined."""
    assert "en lang og en kort stok" in _aid_phrase("jeg har fået en lang og en kort stok")


WORDS = LaterWords(
    leads=(
        ("faaet", "en"),
        ("faaet",),
        ("skaffet", "mig", "en"),
        ("koebt", "en"),
        ("givet", "hende", "en"),
        ("give", "mig", "en"),
    ),
    subjects=frozenset({"jeg", "vi", "hun"}),
    recipients=frozenset({"mig", "hende"}),
    openers=frozenset({"og", "saa", "men"}),
    relatives=frozenset({"som", "der"}),
    negations=frozenset({"ikke", "aldrig"}),
    refusal_joins=frozenset({"men"}),
    pointers=frozenset({"den", "det", "dem"}),
    for_words=frozenset({"til"}),
    articles=frozenset({"en", "et"}),
    offers=frozenset({"ville", "vil"}),
    noes=(("nej",), ("nej", "tak")),
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("en stol og så har jeg fået en vest", ["fået en vest"]),
        ("en stol. Og hun har fået en vest.", ["fået en vest."]),  # a relative's "hun"
        ("en stol, og kommunen har givet hende en vest", ["givet hende en vest"]),
        ("en stol og min søn har købt en bil", []),
        ("en stol, men jeg har aldrig fået en vest", []),
        ("en stol, som jeg har fået en pude til", []),
        ("en stol, og jeg har fået en vest, men den vil jeg ikke have", []),
        (
            "en stol, og jeg har fået en vest, men jeg bruger den ikke",
            ["fået en vest, men jeg bruger den ikke"],
        ),
    ],
)
def test_later_given_reads_whose_clause_it_is(text, found):
    assert later_given(f"jeg har fået {text}", WORDS) == found  # the first thing read apart
