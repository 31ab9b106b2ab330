"""Review 54 #8: waking is today's trouble only when told as a clause of its own after the wish.

"vil gerne sove igennem, jeg vågner hver nat kl tre" tells the night's trouble: no goal
frequency. "…, når jeg vågner hver morgen" is the goal's own occasion: its rhythm is the goal's
(units.yaml `wake_words`, nlp/extract.py `_idle_habit`).
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 7)


def _rate(text: str) -> tuple[float, str] | None:
    """The frequency analyze reads in text as (times, per), or None."""
    found = analyze(text, TODAY).frequency
    return None if found is None else (float(found.times), found.per)


OCCASION = [
    # the review's inputs: waking in a "når" clause is when the goal is done
    "Jeg vil gerne kunne gå en tur, når jeg vågner hver morgen.",
    "Jeg vil gerne kunne lave min morgenmad selv, når jeg vågner hver morgen.",
    "Jeg vil gerne lave mine øvelser, når jeg vaagner hver dag.",
    # no comma, fillers, a relative in the third person, no æøå
    "øh jeg vil gerne ku klæde mig på selv naar jeg vaagner hver morgen",
    "min mor vil gerne kunne tage sin medicin selv når hun vågner hver morgen",
    "jeg vil gerne, altså, drikke min kaffe i haven når jeg vågner hver dag",
    "Jeg vil gerne kunne gå en tur, så snart jeg vågner hver morgen.",
    "jeg vil gerne kunne tage toej paa selv saa snart jeg vaagner hver morgen",
]


@pytest.mark.parametrize("text", OCCASION)
def test_waking_as_the_goals_occasion_keeps_its_rhythm(text):
    assert _rate(text) == (1.0, "day")


TROUBLE = [
    # waking told in a clause of its own after the wish to sleep: the night's trouble
    "Jeg vil gerne kunne sove igennem, jeg vågner hver nat kl tre.",
    "øh jeg vil gerne sove bedre, jeg vågner hver nat klokken tre",
    "min far vil gerne sove bedre, han vaagner hver nat og gaar rundt",
    "jeg vil gerne sove igennem, nu vågner jeg tre gange hver nat",
]


@pytest.mark.parametrize("text", TROUBLE)
def test_waking_told_after_the_wish_is_no_goal_rhythm(text):
    assert _rate(text) is None
