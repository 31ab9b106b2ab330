"""A reason of two sentences whose first only says who someone is ("Hun er min kone gennem 47
år.") and whose second tells why ("Hun bliver rolig, når jeg holder hende i hånden."): both,
in order, not only who she is (round 30)."""

from __future__ import annotations

import pytest
from compose_support import BATHING, goal_of, reason_of


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("Det ved jeg sgu ikke, hvordan jeg skal forklare. Hun er min kone gennem 47 år. Hun "
         "kender mig ikke altid, men hun bliver rolig, når jeg sidder og holder hende i hånden.",
         ", fordi hun er min kone gennem 47 år, og hun ikke altid kender mig, men hun bliver "
         "rolig, når jeg sidder og holder hende i hånden"),
        ("han er min bror. han bliver glad når jeg kommer",
         ", fordi han er min bror, og han bliver glad når jeg kommer"),
        ("Hun er min søster. Vi har ringet sammen hver søndag i tredive år.",
         ", fordi hun er min søster, og vi har ringet sammen hver søndag i tredive år"),
        ("Hun er mit barnebarn. Hun lyser op, når hun ser mig.",
         ", fordi hun er mit barnebarn, og hun lyser op, når hun ser mig"),
        ("Han er min nabo gennem tyve år. Han har ingen andre end mig.",
         ", fordi han er min nabo gennem tyve år, og han har ingen andre end mig"),
        ("altså hun er min veninde. vi griner altid sammen",
         ", fordi hun er min veninde, og vi altid griner sammen"),
    ],
)  # fmt: skip
def test_a_reason_that_first_says_who_someone_is_keeps_the_why_after_it(told, reason):
    assert reason_of(goal_of(BATHING, reason_said=told)) == reason


@pytest.mark.parametrize(
    "told",
    [
        "Hun er min kone.",  # who she is, nothing after it
        "Hun er min datter. Det er svært at forklare.",  # no why after it
    ],
)
def test_who_someone_is_alone_stays_as_told(told):
    assert reason_of(goal_of(BATHING, reason_said=told)).startswith(", fordi hun er min ")
