"""Fix round 36 (f36a, blind132 Noi): second-language Danish leaves the preposition out of where
someone lives ("Min datter bor Thailand."): living elsewhere, no helper; and a thing typed as a
fragment after a known aid goes on with a part it has ("Stok. Og lille vogn med hjul til spand,
så jeg ikke bære."): both are the goal's aids, the thing with its part ("en lille vogn med
hjul"), what it is for left out."""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import answered_until, as_citizen, go

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.telegraph import listed_with_parts

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Min datter bor Thailand.", "datter"),
        ("Søn bor Aarhus, travl.", "søn"),
        ("Nabo Karen. Og min bror han bor Tyskland.", "bror"),
        ("min svigerinde boer Polen!", "svigerinde"),
    ],
)
def test_living_somewhere_said_without_preposition_is_away(text, person):
    assert analyze(text, TODAY).extras["people_roles"][person] == "away"


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # counter-examples: near tells nothing, help said wins
        ("min datter bor her.", "datter", "other"),
        ("Min søn bor Vejle. Han kan hjælpe.", "søn", "helper"),
    ],
)
def test_near_or_helping_is_no_away(text, person, role):
    assert analyze(text, TODAY).extras["people_roles"][person] == role


def test_a_daughter_living_abroad_is_no_helper_in_the_dialogue():
    answers = {"wish": "Jeg vil selv fodre høns igen.", "motivation": "Høns er mit arbejde."}
    turn = answered_until(as_citizen(), answers, "people")
    turn = go(turn, "Nabo Karen. Og fysioterapeut træne knæ. Min datter bor Thailand.")
    assert "datter" not in turn.state["slots"]["people"]
    assert "nabo" in turn.state["slots"]["people"]


G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("text", "things"),
    [
        (
            "Stok. Og lille vogn med hjul til spand, så jeg ikke bære.",
            ["en stok", "en lille vogn med hjul"],
        ),
        ("rollator. stor kasse med låg til tøjet", ["en rollator", "en stor kasse med låg"]),
        ("Stol. Og bord med hjul, for jeg ikke kan bære.", ["en stol", "et bord med hjul"]),
    ],
)
def test_a_listed_thing_keeps_the_part_it_has(text, things):
    assert listed_with_parts(text, G, "med") == things


@pytest.mark.parametrize(
    "text",
    [
        "Stok. Lille vogn.",  # no part: listed_things alone reads it
        "jeg går med stok og min datter hjælper",  # one sentence, no fragments
    ],
)
def test_no_part_or_no_fragments_gives_nothing(text):
    assert listed_with_parts(text, G, "med") == []


def test_the_aid_answer_names_the_stick_and_the_cart():
    answers = {"wish": "Jeg vil selv fodre høns og samle æg igen.", "motivation": "mit arbejde"}
    turn = answered_until(as_citizen(), answers, "independence")
    turn = go(turn, "Stok. Og lille vogn med hjul til spand, så jeg ikke bære.")
    assert turn.state["slots"]["aid_said"] == "med en stok og en lille vogn med hjul"
