"""Review of fix round 51 (finding 13): an "ikke" right after a clause adverb ("heller ikke",
"stadig ikke") is that clause's own negation, never a spoken tag dropped because an earlier
clause of the same sentence was negated (nlp/spoken_tag.py _negated_already)."""

from __future__ import annotations

import pytest
from compose_support import goal_for_motivation

FACTS = {"activity": "fritid", "own_action": "gå ned til havnen igen", "independence": "selv"}


@pytest.mark.parametrize(
    "why",
    [
        "fordi min kone kan ikke gå mere og min søn heller ikke",
        "fordi bussen kører ikke om søndagen og taxaen heller ikke",
        "øh fordi min mand kan ikke koere og min datter kan heller ikke",
        "fordi jeg kan ikke gå langt og hun kan stadig ikke",
    ],
)
def test_the_second_negation_stays(why):
    goal = goal_for_motivation(FACTS, why)
    assert goal.count(" ikke") == 2, goal


@pytest.mark.parametrize(
    "why",
    [
        "fordi jeg gider ikke sidde og vente hele tiden ikke",
        "fordi jeg gider ikke sidde derhjemme hele tiden ikke",
    ],
)
def test_a_tag_after_a_negated_clause_still_goes(why):
    goal = goal_for_motivation(FACTS, why)
    assert goal.count(" ikke") == 1, goal
