"""Fix round 40 (blind137 Emina): a compound on "rulle" said as what one bought or uses is a
tool ("en let kagerulle"), a roll of paper or food none; a "med …" phrase right after a known aid
("en arbejdsstol, høj med hjul") is that aid's feature, so the goal names the aids themselves."""

from __future__ import annotations

from datetime import date

import pytest
from test_engine_measures_said import _at, _goal, _said

from assistant.content import get_content
from assistant.nlp import analyze

TODAY = date(2026, 12, 6)
CONTENT = get_content("da")


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("Og jeg har købt en let kagerulle, tynd af plastik.", "kagerulle"),
        ("jeg bruger en tynd dejrulle af plastik nu", "dejrulle"),
        ("min datter har kobt mig en kagerulle med kuglelejer", "kagerulle"),
        ("med en fnugrulle på et langt skaft", "fnugrulle"),
        ("ergoterapeuten har lånt mig en massagerulle til armen", "massagerulle"),
    ],
)
def test_a_roller_bought_or_used_is_an_aid(said, aid):
    assert aid in analyze(said, TODAY).aids


@pytest.mark.parametrize(
    "said",
    [
        "jeg har købt køkkenruller og toiletruller i Netto",  # paper
        "vi har købt forårsruller til børnebørnene",  # food
        "kagerullen ligger i skuffen",  # named, not used nor got
        "rullen med tape er væk",  # the bare word
    ],
)
def test_a_roll_of_paper_or_food_or_a_roller_named_only_is_none(said):
    assert not [a for a in analyze(said, TODAY).aids if a.endswith("rulle")]


@pytest.mark.parametrize(
    ("wish", "said", "named", "not_named"),
    [
        ("jeg vil gerne selv lave pita igen",
         "Ergoterapeuten har givet mig en arbejdsstol, høj med hjul, så jeg kan sidde ved bordet. "
         "Og jeg har købt en let kagerulle.",
         ["arbejdsstol", "kagerulle"], "igen med hjul"),
        ("jeg vil gerne bage boller igen",
         "jeg har faaet en arbejdsstol med hjul og saa har jeg kobt en let kagerulle",
         ["arbejdsstol", "kagerulle"], "igen med hjul"),
    ],
)  # fmt: skip
def test_a_feature_after_a_known_aid_is_no_aid_of_its_own(wish, said, named, not_named):
    turn = _said(_at(CONTENT, wish, "independence"), CONTENT, said)
    goal = _goal(turn, CONTENT)
    assert all(n in goal for n in named), goal
    assert not_named not in goal


def test_a_thing_said_first_with_med_still_opens_the_aid_phrase():
    """The counter-case of tool_said: a thing of its own before the tool stays named."""
    turn = _at(CONTENT, "jeg vil gerne snitte fugle i trae igen", "independence")
    said = "Med en skruetvinge, så træet sidder fast på bordet, og en skærehandske på hånden."
    goal = _goal(_said(turn, CONTENT, said), CONTENT)
    assert "skruetvinge" in goal and "skærehandske" in goal, goal
