"""Fix round 46 (fG, blind153 Shirin): a second-language speaker's filler from her first
language ("khob", "yani", "tamam", "wiesz") is no word of the goal; a reason's pointing cleft
after a clause ("…, det er det, jeg har med") keeps its relative clause; a hall's microphone,
where one stands or what the hall's people set up, is no aid of the citizen's."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.compose import compose_goal

CONTENT = get_content("da")
GOALS = CONTENT.goals
TODAY = date(2026, 12, 6)


def _goal(told: str) -> str:
    facts = {"activity": "fritid", "own_action": "læse digte op", "speaker": "citizen"}
    return compose_goal({**facts, "reason_said": told}, GOALS)


@pytest.mark.parametrize(
    ("told", "part"),
    [
        ("Fordi digtene er mit hjem, khob, det er det, jeg lever for.",
         "fordi digtene er mit hjem, det er det, jeg lever for"),
        ("fordi jeg kan lide at synge, yani, det er godt for mig", "fordi jeg kan lide at synge"),
        ("fordi det er sjovt, tamam, og jeg møder mine venner", "fordi det er sjovt"),
        ("fordi wiesz jeg savner mine venner", "fordi jeg savner mine venner"),
        ("fordi baleh, sangene gør mig glad", "sangene gør mig glad"),
    ],
)  # fmt: skip
def test_a_foreign_filler_is_no_word_of_the_goal(told, part):
    goal = _goal(told)
    assert part in goal, goal
    for filler in ("khob", "yani", "tamam", "wiesz", "baleh"):
        assert filler not in goal.lower(), goal


@pytest.mark.parametrize(
    ("told", "part"),
    [
        ("Fordi haven er mit et og alt, det er det, jeg lever for.",
         "fordi haven er mit et og alt, det er det, jeg lever for"),
        ("fordi kortene er min hobby, det er den, jeg holder mest af",
         "det er den, jeg holder mest af"),
        # a third clause run on after two stays out, as before
        ("fordi jeg savner dem og jeg keder mig herhjemme, det er så stille",
         "fordi jeg savner dem og jeg keder mig herhjemme."),
    ],
)  # fmt: skip
def test_a_pointing_cleft_keeps_its_clause(told, part):
    goal = _goal(told)
    assert part in goal, goal


@pytest.mark.parametrize(
    "said",
    [
        "Foreningen har sat en stol ved mikrofonen, hvis jeg bliver træt.",
        "jeg skal kunne stå ved mikrofonen og læse op",
        "Min datter kører mig til foreningen. Formanden har lovet at stille mikrofonen lavt.",
        "i forsamlingshuset skal jeg kunne sidde ved mikrofonen",
    ],
)
def test_a_halls_microphone_is_no_aid(said):
    assert "mikrofon" not in analyze(said, TODAY).aids


@pytest.mark.parametrize(
    "said",
    [
        "jeg har fået en mikrofon til mine høreapparater",
        "jeg vil bruge min egen mikrofon i kirken",
    ],
)
def test_ones_own_microphone_stays_an_aid(said):
    assert "mikrofon" in analyze(said, TODAY).aids
