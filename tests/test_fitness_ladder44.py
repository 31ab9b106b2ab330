"""A wish to train in the fitness centre, on its machines, gets steps of the machines, not
exercises in a chair (fix round 44, blind149 Hanne, who had just turned down the chair class)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp.subgoals import suggest_subgoals

TODAY = date(2026, 12, 6)
GOALS = get_content("da").goals


def _steps(own: str) -> list[str]:
    goal = {
        "activity": "styrke_og_motion",
        "own_action": own,
        "aids": [],
        "current_level": 2,
        "measures": [{"value": 20, "unit": "minut"}],
    }
    return [s["text"] for s in suggest_subgoals(goal, GOALS, TODAY)]


@pytest.mark.parametrize(
    "own",
    [
        "komme tilbage og træne i fitnesscentret i hallen med mine veninder",
        "gaa paa loebebaandet i motionscentret igen",
        "træne på maskinerne i træningscentret to gange om ugen",
        "bruge benpressen igen",
        "hun vil gerne i fitness med sin datter",
    ],
)
def test_the_machines_get_steps_of_their_own(own):
    steps = _steps(own)
    assert not any("stolen" in s for s in steps), steps
    assert any("maskine" in s for s in steps), steps


@pytest.mark.parametrize(
    ("own", "word"),
    [
        ("svømme i varmtvandsbassinet igen", "vandet"),
        ("træne og blive stærkere i benene", "stolen"),
        ("cykle på motionscyklen hver morgen", "motionscyklen"),
    ],
)
def test_other_training_keeps_its_ladder(own, word):
    # counter-examples: the pool, plain training and the exercise bike keep their steps
    assert any(word in s for s in _steps(own)), _steps(own)
