"""Fix round 54 (blind175 Thomas about Ruth): a relative tells the citizen's reason as two
that-clauses ("Hun siger, at hun vil være til nytte …, og at symaskinen er hendes gamle
veninde"). The first, a will, becomes the purpose ("så jeg kan være til nytte"); the second,
a fact with no modal, is led by "fordi" ("og fordi symaskinen er min gamle veninde"), never by
the purpose's "så" ("og så symaskinen er min gamle veninde" says the machine is the aim). A
second clause with a modal stays a purpose ("og så min kone kan få fri"). Through the real
dialogue of a relative speaking of the citizen in the third person."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, TODAY, answered_until, card, go
from persona_expect import grammar_problems

from assistant.dialogs.engine import new_state, start

REST = {
    "frequency": "hver formiddag",
    "deadline": "8 uger",
    "people": "ingen",
    "measure": "ved ikke",
    "independence": "selv",
}


def _relatives_goal(wish: str, why: str) -> str:
    """The goal of a relative's dialogue about their mother with `wish` and `why`."""
    turn = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card("paaroerende"), card("ja"))
    answers = {
        **REST,
        "about": "min svigermor",
        "handover": card("ikke_selv"),
        "wish": wish,
        "motivation": why,
    }
    goal = answered_until(turn, answers, "confirm").goal_text
    assert grammar_problems(goal) == [], goal
    return goal


SEW = "Hun vil gerne sy nye gardiner til sommerhuset."


@pytest.mark.parametrize(
    ("why", "fact"),
    [
        (
            "Hun siger, at hun vil være til nytte og ikke bare sidde, og at symaskinen er hendes "
            "gamle veninde.",
            "og fordi symaskinen er min gamle veninde",
        ),
        # typed without æøå and marks
        (
            "hun siger at hun vil vaere til nytte og ikke bare sidde og at symaskinen er hendes "
            "gamle veninde",
            "fordi symaskinen er min gamle veninde",
        ),
        # a filler, another fact
        (
            "Øh hun siger, at hun vil lave noget med hænderne, og at stuen er for tom uden "
            "gardiner.",
            "og fordi stuen er for tom uden gardiner",
        ),
    ],
)
def test_a_second_that_clause_of_a_fact_is_a_cause_not_a_purpose(why, fact):
    goal = _relatives_goal(SEW, why)
    assert fact in goal, goal
    assert "og så symaskinen" not in goal and "og så stuen" not in goal, goal


@pytest.mark.parametrize(
    ("why", "purpose"),
    [
        # the second clause has a modal: a purpose too, as before
        (
            "Hun siger, at hun vil være til nytte og ikke bare sidde, og at min kone kan få lidt "
            "fri.",
            "kan få lidt fri",
        ),
    ],
)
def test_a_second_that_clause_with_a_modal_stays_a_purpose(why, purpose):
    goal = _relatives_goal(SEW, why)
    assert purpose in goal, goal
    assert f"og så min datter {purpose}" in goal, goal  # the speaker's wife: the citizen's daughter
