"""Fix round 53 mend (review #2): a place said first and taken up ("fordi i skoven, der er jeg
glad") is said after its own clause, not after a spoken run-on told without a comma ("… glad og
så kan jeg tage hunden med"): a join with a finite verb one or two words on ends the clause
(nlp/dislocated.py)."""

from __future__ import annotations

import pytest
from compose_support import dialogue_goal, reason_in_goal


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        (
            "fordi i skoven, der er jeg glad og så kan jeg tage hunden med",
            ", fordi jeg er glad i skoven, og så kan jeg tage hunden med.",
        ),
        (
            "fordi i skoven, der er jeg glad men nu kan jeg ikke",
            ", fordi jeg er glad i skoven men nu kan jeg ikke.",
        ),
        (
            "fordi i haven, det er der jeg er glad og hun har ret",  # another's clause after it
            ", fordi jeg er glad i haven og hun har ret.",
        ),
        (
            "fordi i kirken, det er der han er rolig og så synger han",
            ", fordi han er rolig i kirken, og så synger han.",
        ),
        (
            "fordi i skoven, der er jeg glad og tryg når jeg går der",  # "når" is no verb here
            ", fordi jeg er glad og tryg i skoven når jeg går der.",
        ),
    ],
)
def test_the_place_is_said_after_its_own_clause(told, reason):
    assert reason_in_goal(told, "citizen") == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("fordi i skoven, der er jeg glad og tryg", ", fordi jeg er glad og tryg i skoven."),
        ("fordi på biblioteket, der er jeg glad", ", fordi jeg er glad på biblioteket."),
        (
            "fordi i byen, det er der jeg ikke er ensom",
            ", fordi jeg ikke er ensom i byen.",
        ),
    ],
)
def test_a_clause_without_a_run_on_takes_the_place_at_its_end(told, reason):
    assert reason_in_goal(told, "citizen") == reason


def test_typed_without_commas_and_aeoeaa():
    goal = dialogue_goal(
        wish="Jeg vil gerne gå en tur",
        motivation="fordi i skovn der er jeg glad og saa ka jeg ta hunden med",
    )
    assert "glad i skoven, og så kan jeg" in goal, goal
