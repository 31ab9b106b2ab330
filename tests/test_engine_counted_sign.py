"""A measure answer whose first sentence counts the things to make and whose next one tells a
circumstance (fix round 33, reason33): "Lave 40 pierogi selv, fra dej til koge. Sidde på stol
ved bord." is the count as the goal's measure and its clause as the sign ("når jeg kan lave 40
pierogi selv"), not the chair sentence."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import at_measure, understand

from assistant.dialogs.draft import build_draft
from assistant.dialogs.engine import advance
from assistant.dialogs.models import Answer, Turn

TODAY = date(2026, 12, 5)


def _at_measure(content, wish: str) -> Turn:
    return at_measure(content, wish, TODAY)


@pytest.mark.parametrize(
    ("wish", "said", "count", "thing"),
    [
        (
            "Jeg vil lave pierogi selv igen.",
            "Lave 40 pierogi selv, fra dej til koge. Sidde på stol ved bord.",
            "40",
            "pierogi",
        ),
        (
            "jeg vil gerne bage boller igen til børnebørnene",
            "Bage 20 boller selv. Sidde ved bordet og ælte.",
            "20",
            "boller",
        ),
        (
            "jeg vil gerne kunne lave frikadeller igen",
            "Stege 30 frikadeller. Stå ved komfuret uden at sætte mig.",
            "30",
            "frikadeller",
        ),
        (
            "jeg vil selv skrive julekort igen",
            "Skrive 12 julekort selv. Sidde ved skrivebordet med lup.",
            "12",
            "julekort",
        ),
    ],
)
def test_a_count_of_things_first_is_the_measure_and_its_clause_the_sign(
    content, wish, said, count, thing
):
    turn = _at_measure(content, wish)
    turn = advance(turn.state, Answer("text", said), content, TODAY, understand=understand)
    assert turn.slot != "measure" and not turn.reprompt
    assert turn.state.slots.get("measures")
    goal = build_draft(turn.state, content, TODAY)["goal"]["text"]
    assert f"{count} {thing}" in goal
