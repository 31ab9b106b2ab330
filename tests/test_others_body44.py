"""Fix round 44 (blind150 Ursula, German second-language Danish, cutting her husband's hair):
another person's hair, nails or beard cared for ("klippe Svends hår", "klippe min mands negle",
"rede hans hår", "klippe håret på min mand") is a carer's task, so the steps about the citizen's
own hair ("Jeg kan rede mit hår, …") do not fit: the steps come from the goal's own action. The
citizen's own hair keeps its ladder. Real content and sub-goal builder."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp.subgoals import suggest_subgoals

TODAY = date(2026, 12, 6)
GOALS = get_content("da").goals


def _steps(own: str) -> list[str]:
    goal = {"activity": "vask_og_hygiejne", "own_action": own, "current_level": 2}
    return [s["text"] for s in suggest_subgoals(goal, GOALS, TODAY)]


@pytest.mark.parametrize(
    "own",
    [
        "klippe Svends hår igen i køkkenet",
        "klippe min mands hår igen",
        "klippe min kones negle",
        "rede hans hår om morgenen",
        "klippe håret på min mand igen",
        "klippe neglene på ham",
        "vaske hendes hår i køkkenvasken",
        "klippe Karens hår igen",
        "studse min mands skæg",
    ],
)
def test_another_persons_hair_or_nails_get_steps_of_the_own_action(own):
    steps = _steps(own)
    assert not any("mit hår" in s or "reder håret" in s for s in steps), steps
    assert any(own.split()[0] in s for s in steps), steps


@pytest.mark.parametrize(
    "own", ["rede mit hår igen", "vaske mit hår selv", "sætte mit hår igen", "rede håret selv"]
)
def test_the_citizens_own_hair_keeps_its_ladder(own):
    steps = _steps(own)
    assert any("mit hår" in s or "reder håret" in s for s in steps), steps
