"""A spoken reason that tells the present and then, joined by "og", a story of the past ("fordi
det er der jeg ser gutterne og jeg var klubmester tre år i træk") keeps its present clause in
the goal; the past is the story, left out, no more the whole reason with it (nlp/reason.py;
blind133 Kurt). A reason that opens in the past stays out as before."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen

REST = {
    "wish": "jeg vil gerne kunne spille billard igen i klubben",
    "frequency": "hver tirsdag",
    "deadline": "8 uger",
    "independence": "selv",
    "people": "ingen",
    "measure": "et helt parti",
}


def _goal(reason: str) -> str:
    answers = {**REST, "motivation": reason}
    return answered_until(as_citizen(), answers, "confirm").goal_text


@pytest.mark.parametrize(
    ("reason", "kept", "left"),
    [
        ("fordi det er der jeg ser gutterne og jeg var klubmester tre år i træk",
         "fordi det er der jeg ser gutterne", "klubmester"),
        ("fordi det er her jeg hører til og jeg var formand engang",
         "fordi det er her jeg hører til", "formand"),
        ("fordi det giver mig noget at staa op til og jeg var klubmester",
         "noget at stå op til", "klubmester"),
    ],
)  # fmt: skip
def test_the_present_reason_stays_and_the_past_story_goes(reason, kept, left):
    text = _goal(reason)
    assert kept in text
    assert left not in text


@pytest.mark.parametrize(
    ("reason", "absent"),
    [
        ("fordi jeg var formand i tyve år og jeg kender dem alle", "formand"),
    ],
)
def test_a_reason_that_opens_in_the_past_stays_out(reason, absent):
    assert absent not in _goal(reason)


def test_a_reason_all_in_the_present_keeps_both_clauses():
    text = _goal("fordi jeg savner dem og de savner mig")
    assert "savner dem" in text and "savner mig" in text
