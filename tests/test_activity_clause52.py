"""Fix round 52 (fD): the wish clause's own verb and object name the activity.

- The bare stem of "dyrke" said as an order to oneself or in dialect ("dyrk kartofler", "a vil
  gern dyrk kartofler i æ have") grows the crop (fritid), as "dyrke" does; potatoes peeled or
  boiled stay cooking, "dyrke motion" exercise.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("dyrk kartofler", "fritid"),
        ("a vil gern dyrk kartofler i æ have", "fritid"),
        ("jeg vil gerne dyrk tomater på altanen igen", "fritid"),
        # counter-examples: potatoes cooked, exercise, another's advice beside a wish of one's own
        ("jeg vil gerne kunne skrælle kartofler og lave mad", "madlavning"),
        ("jeg vil gerne dyrke motion", "styrke_og_motion"),
        ("min søn siger dyrk motion, men jeg vil gerne koge kartofler selv", "madlavning"),
    ],
)
def test_a_crop_grown_with_the_bare_stem_is_gardening(text, activity):
    assert analyze(text, TODAY).activity == activity
