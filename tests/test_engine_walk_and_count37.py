"""Fix round 37 (f37h, blind128 Reza): a measure answer that tells the walk there with its
distance set off after a comma ("Jeg selv gå til café, 500 meter.") and then a deed with a count
("Spille tre spil.") has a sign of two parts: both kept, joined with "og", the distance placed in
the walk ("gå 500 meter til caféen og spille tre spil"), never glued after the sign ("…, 500
meter"). A first sentence with no measure of its own still gives way to the count."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import at_measure, understand

from assistant.dialogs.draft import build_draft
from assistant.dialogs.engine import advance
from assistant.dialogs.models import Answer

TODAY = date(2026, 12, 5)


def _goal(content, wish: str, said: str) -> str:
    turn = at_measure(content, wish, TODAY)
    turn = advance(turn.state, Answer("text", said), content, TODAY, understand=understand)
    assert turn.slot != "measure" and not turn.reprompt
    return build_draft(turn.state, content, TODAY)["goal"]["text"]


@pytest.mark.parametrize(
    ("wish", "said", "walk", "deed"),
    [
        (
            "jeg vil gerne spille kort i klubben igen",
            "Jeg selv gå til klubben, 300 meter. Spille fire spil.",
            "300 meter",
            "spille fire spil",
        ),
        (
            "jeg vil gerne spille backgammon i caféen igen",
            "gaa selv til cafeen, 500 meter. spille tre spil uden pause",
            "500 meter",
            "spille tre spil",
        ),
        (
            "jeg vil gerne bage boller igen hos min datter",
            "Gå hen til min datter, 400 meter. Bage 20 boller.",
            "400 meter",
            "bage 20 boller",
        ),
    ],
)
def test_a_walk_with_its_distance_and_a_count_are_both_the_sign(content, wish, said, walk, deed):
    goal = _goal(content, wish, said)
    assert walk in goal and deed in goal
    assert f", {walk}" not in goal  # not glued after the sign


def test_a_first_sentence_without_a_measure_still_gives_way_to_the_count(content):
    # counter-example: the chair sentence is a circumstance, the count alone is the sign
    goal = _goal(
        content,
        "jeg vil gerne kunne lave frikadeller igen",
        "Stege 30 frikadeller. Stå ved komfuret uden at sætte mig.",
    )
    assert "30 frikadeller" in goal and "komfuret" not in goal.split("når", 1)[-1]
