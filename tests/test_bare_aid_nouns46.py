"""Fix round 46 (fG, blind153 Knud): the answer to how typed as bare things ("Tyk blyant.
Skråbræt.") names the aids, also when a thing's gender is known only by its compound's last
part ("skråbræt" by "bræt", "siddekile" by "kile")."""

from __future__ import annotations

import pytest
from test_engine import begin, card, go, text, until

from assistant.content import get_content
from assistant.nlp.telegraph import listed_things

CONTENT = get_content("da")
GRAMMAR = CONTENT.goals.grammar


@pytest.mark.parametrize(
    ("told", "things"),
    [
        ("Tyk blyant. Skråbræt.", ["en tyk blyant", "et skråbræt"]),
        ("skraabraet. tyk blyant", ["et skraabraet", "en tyk blyant"]),
        ("Tegnebræt. Lup.", ["et tegnebræt", "en lup"]),
        ("siddekile. høj stol.", ["en siddekile", "en høj stol"]),
        ("håndstrop. stok.", ["en håndstrop", "en stok"]),
        # a spoken filler opening a fragment is no part of the thing
        ("øh skråbræt. tyk blyant.", ["et skråbræt", "en tyk blyant"]),
        # a shape alone before a part it does not agree with is the thing's before it, read
        # alike typed with or without æøå ("høj" is no neuter "ryglæn"'s); one that agrees is
        # the part's
        ("stol. høj. ryglæn.", ["en høj stol med ryglæn"]),
        ("stol. hoej. ryglaen.", ["en høj stol med ryglæn"]),
        ("kande. lang. tud.", ["en kande med lang tud"]),
        ("piskeris. tykt. greb.", ["et piskeris med tykt greb"]),
    ],
)
def test_bare_things_with_a_compound_head_are_listed(told, things):
    assert listed_things(told, GRAMMAR) == things


@pytest.mark.parametrize(
    "told",
    [
        "Skråbræt.",  # one thing alone is read by other rules
        "Tegne. Hver dag.",  # no things
    ],
)
def test_other_fragments_list_no_things(told):
    assert listed_things(told, GRAMMAR) == []


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ("Tyk blyant. Skråbræt.", "med en tyk blyant og et skråbræt"),
        # typed without æøå: named as spelled
        ("oeh skraabraet. tyk blyant.", "med et skråbræt og en tyk blyant"),
        ("Øh, skraabraet. lup.", "med et skråbræt og en lup"),
    ],
)
def test_bare_things_answer_how(answer, said):
    turn = until(begin(CONTENT), CONTENT, "wish")
    turn = go(turn, CONTENT, text("Tegne."))
    turn = until(turn, CONTENT, "independence")
    turn = go(turn, CONTENT, text(answer))
    assert turn.state.slots.get("independence") == "hjaelpemiddel"
    turn = until(turn, CONTENT, "confirm", card("ja"))
    assert said in turn.goal_text, turn.goal_text


def test_people_typed_bare_are_no_aids():
    turn = until(begin(CONTENT), CONTENT, "wish")
    turn = go(turn, CONTENT, text("Tegne."))
    turn = until(turn, CONTENT, "independence")
    turn = go(turn, CONTENT, text("Datter. Nabo."))
    assert turn.state.slots.get("independence") != "hjaelpemiddel"
    assert not turn.state.slots.get("aid_said")
