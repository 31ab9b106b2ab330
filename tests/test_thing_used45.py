"""A wish typed as a thing and a place ("metaldetektor. marken. igen.") is the thing used there
also when the thing is an activity's cue, so the answer reads an activity (round 45 merge: the
metal detector became a pastime's cue and blind143 Erling's goal fell back to "dyrke min
hobby"); a mass noun of doing with a place names the activity, no thing used ("gymnastik.
hallen."). Through the real engine."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen


def _own_action(wish: str) -> str:
    turn = answered_until(as_citizen(), {"everyday": "bor alene. klarer. mad. selv.", "wish": wish},
                          "motivation")  # fmt: skip
    return str(turn.state.slots.get("own_action") or "")


@pytest.mark.parametrize(
    ("wish", "deed"),
    [
        ("metaldetektor. marken. igen.", "bruge min metaldetektor på marken"),
        ("oeh metaldetektor. marken", "bruge min metaldetektor på marken"),
        ("kikkert. stranden. igen", "bruge min kikkert på stranden"),
    ],
)
def test_a_thing_typed_with_a_place_is_used_there(wish, deed):
    assert _own_action(wish) == deed


@pytest.mark.parametrize("wish", ["gymnastik. hallen.", "svømning. hallen. igen.", "yoga. salen."])
def test_a_noun_of_doing_with_a_place_is_no_thing_used(wish):
    assert not _own_action(wish).startswith("bruge")
