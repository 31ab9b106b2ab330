"""Weekdays said side by side without a join are written as a list in the goal (fix round 38,
blind137 Bent's "tirsdag. fredag. formiddag."): "tirsdag og fredag formiddag", "mandag, onsdag
og fredag"; a lone day, days already joined and an "eller" stay as said."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose_goal
from assistant.nlp.weekday_list import weekdays_listed

GOALS = get_content("da").goals


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("tirsdag fredag formiddag", "tirsdag og fredag formiddag"),
        ("hver mandag torsdag", "hver mandag og torsdag"),
        ("mandag onsdag og fredag", "mandag, onsdag og fredag"),
        ("om mandagen, onsdag fredag", "om mandagen, onsdag og fredag"),
        ("lørdag søndag eftermiddag", "lørdag og søndag eftermiddag"),
        # stays as said
        ("mandag og torsdag", "mandag og torsdag"),
        ("hver søndag", "hver søndag"),
        ("tirsdag eller fredag", "tirsdag eller fredag"),
        ("to gange om ugen", "to gange om ugen"),
    ],
)
def test_weekdays_side_by_side_are_listed(said, written):
    assert weekdays_listed(said, GOALS.grammar) == written


def test_the_goal_writes_the_days_as_a_list():
    goal = compose_goal(
        {"activity": "fritid", "speaker": "citizen", "own_action": "fiske på molen",
         "frequency": {"times": 2, "per": "week", "every": 1},
         "frequency_said": "hver tirsdag fredag formiddag"},
        GOALS,
    )  # fmt: skip
    assert "hver tirsdag og fredag formiddag" in goal, goal
