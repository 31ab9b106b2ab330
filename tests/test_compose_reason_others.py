"""A citizen's answer to why that quotes someone else ("det er godt for mig, siger hun") is
that person's reason, not the citizen's: it stays out of the goal sentence. Said by a
relative, the same words quote the citizen and stay."""

from __future__ import annotations

import pytest
from test_engine import begin, card, go, text, until

from assistant.content import get_content
from assistant.nlp.compose import reason_frame

CONTENT = get_content("da")
GOALS = CONTENT.goals


@pytest.mark.parametrize(
    "told",
    [
        "det er sundt for mig siger han",
        "øh det er godt for mig, siger hun",
        "hun siger det er godt for mig at komme ud",
        "det er godt for min ryg siger han.",
    ],
)
def test_a_citizens_reason_quoted_from_another_is_no_reason(told):
    assert reason_frame(told, GOALS, "citizen") == ("", "")


@pytest.mark.parametrize(
    "told",
    [
        "så jeg kan komme ud og se nogen",
        # the quote lead inside, not around the whole: the citizen's own reason stays
        "fordi jeg savner dem, og min datter siger hun også savner mig",
        # what he says is what the citizen will tell, no tag of who said the reason
        "så jeg kan forklare min søn hvad han siger",
    ],
)
def test_a_citizens_own_reason_stays(told):
    assert reason_frame(told, GOALS, "citizen")[1]


def test_a_relative_quoting_the_citizen_keeps_the_reason():
    frame, words = reason_frame("det er godt for hende, siger hun", GOALS, "relative")
    assert frame and words


def test_the_goal_says_no_reason_quoted_from_the_daughter():
    turn = until(begin(CONTENT), CONTENT, "wish")
    turn = go(turn, CONTENT, text("jeg vil gerne gå en tur rundt om søen igen"))
    turn = until(turn, CONTENT, "motivation")
    turn = go(turn, CONTENT, text("det er sundt for mig, siger hun"))
    turn = until(turn, CONTENT, "confirm", card("ja"))
    assert "sundt" not in turn.goal_text, turn.goal_text
