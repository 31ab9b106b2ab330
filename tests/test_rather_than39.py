"""A wish set against what it is rather than ("hellere gå til købmanden end bage") keeps only
the wish in its own words (fix round 39, fC: the summary's new wish read "gå til købmanden end
bage" into the goal)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


def _action(said: str) -> str:
    return str((analyze(said, TODAY).extras or {}).get("action"))


@pytest.mark.parametrize(
    ("said", "action"),
    [
        ("nej, jeg vil hellere gå til købmanden end bage", "gå til købmanden"),
        ("jeg vil hellere gaa til koebmanden end at bage", "gå til købmanden"),
        ("hun vil hellere strikke end at se fjernsyn", "strikke"),
        ("øh jeg vil gerne gå en tur i stedet for at sidde inde hele dagen", "gå en tur"),
        ("min far vil hellere gå en tur end bare sidde", "gå en tur"),
    ],
)
def test_what_the_wish_is_set_against_leaves_it(said, action):
    assert _action(said) == action


@pytest.mark.parametrize(
    ("said", "action"),
    [
        ("jeg vil gerne kunne gå mere end 500 meter", "gå mere end 500 meter"),
        ("jeg vil gerne spise mere end en skive brød", "spise mere end en skive brød"),
    ],
)
def test_a_comparison_without_a_verb_stays(said, action):
    assert _action(said) == action
