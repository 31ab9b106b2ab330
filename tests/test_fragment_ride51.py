"""A ride typed as a fragment beside its verb (blind165 Henry): "Modeltoget. Køre igen." is
"køre med modeltoget igen" (a compound ending in a ride, the verb with "igen" after it;
nlp/fragment_ride.py), no drive to a place called Modeltoget."""

from __future__ import annotations

import pytest
from compose_support import dialogue_goal


def _goal(**answers: str) -> str:
    return dialogue_goal(**{"frequency": "hver søndag", **answers})


@pytest.mark.parametrize(
    ("wish", "said"),
    [
        ("Modeltoget. Køre igen.", "køre med modeltoget igen"),
        ("modeltog. køre. igen", "køre med modeltoget igen"),
        ("Bussen. Tage igen.", "tage bussen igen"),
        ("bus. tage. alene. by.", "tage bussen til byen"),
    ],
)
def test_a_ride_typed_as_a_fragment_is_taken_not_driven_to(wish, said):
    goal = _goal(wish=wish)
    assert said in goal
    assert "til modeltoget" not in goal.lower()
