"""Fix round 42 (fE, blind145 Akosua): a second language's reason after "fordi" that fronts a
place or time phrase before its subject and verb ("fordi i Ghana mor fletter") is written as a
Danish subordinate clause, subject and verb first and the phrase at the clause's end ("fordi mor
fletter i Ghana"); a bare kin word ("mor", "datter") counts as the subject."""

from __future__ import annotations

import pytest
from compose_support import BATHING, goal_of, reason_of


@pytest.mark.parametrize(
    ("told", "written"),
    [
        ("Fordi i Ghana mor fletter, det er vores tid sammen.", "fordi mor fletter i Ghana"),
        ("fordi om søndagen jeg laver mad til hele familien",
         "fordi jeg laver mad til hele familien om søndagen"),
        ("fordi om lørdagen bror kommer, og vi spiser sammen", "bror kommer om lørdagen"),
        ("fordi i haven far arbejder", "fordi far arbejder i haven"),
        ("fordi i kirken mine venner synger", "fordi mine venner synger i kirken"),
    ],
)  # fmt: skip
def test_a_fronted_phrase_in_a_because_clause_goes_last(told, written):
    reason = reason_of(goal_of(BATHING, reason_said=told))
    assert written in reason, reason


def test_a_reason_already_in_order_stays():
    reason = reason_of(goal_of(BATHING, reason_said="fordi mor fletter i Ghana, det gør vi alle"))
    assert "fordi mor fletter i Ghana" in reason, reason
