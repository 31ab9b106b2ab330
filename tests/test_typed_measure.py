"""A measure written as the citizen typed it ("3 km", "1,5 km", "200 meter")."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

from assistant.content import get_content
from assistant.nlp.typed_measure import like_typed, typed_measure

GOALS = get_content("da").goals
TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("measure", "said", "written"),
    [
        ({"value": 3, "unit": "kilometer"}, "3 km", "3 km"),
        ({"value": 1.5, "unit": "kilometer"}, "1,5 km", "1,5 km"),
        ({"value": 1.5, "unit": "kilometer"}, "1.5 Km.", "1,5 km"),
        ({"value": 200, "unit": "meter"}, "200 m", "200 meter"),
        ({"value": 20, "unit": "minut"}, "20 min", "20 minutter"),
        ({"value": 1.5, "unit": "time"}, "1½ time", "1½ time"),
        ({"value": 5, "unit": "kilo"}, "5 kg", "5 kg"),
        ({"value": 3, "unit": "kilometer"}, "tre km", ""),  # words: written from the value
        ({"value": 60, "unit": "minut"}, "en hel time", ""),
    ],
)
def test_a_measure_keeps_its_typed_digits(measure, said, written):
    key = f"{float(measure['value']):g} {measure['unit']}"
    assert typed_measure(measure, {key: said}, GOALS) == written


def test_a_measure_not_said_is_not_typed():
    assert typed_measure({"value": 3, "unit": "kilometer"}, {}, GOALS) == ""
    assert typed_measure({"value": 3, "unit": "kilometer"}, None, GOALS) == ""


@pytest.mark.parametrize(
    ("measure", "typed", "written"),
    [
        ({"value": 1.5, "unit": "kilometer"}, "3 km", "1,5 km"),
        ({"value": 100, "unit": "meter"}, "200 meter", "100 meter"),
        ({"value": 8, "unit": "minut"}, "15 minutter", "8 minutter"),
        ({"value": 1, "unit": "time"}, "2 timer", ""),  # one: "en time" in words
        ({"value": 2, "unit": "kilometer"}, "", ""),
    ],
)
def test_a_step_on_the_way_is_written_as_the_goals_typed_measure(measure, typed, written):
    assert like_typed(measure, typed, GOALS) == written


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ("oeh jeg vil gerne kunne gaa 2,5 km hver dag", {"2.5 kilometer": "2,5 km"}),
        ("min mor vil gerne gaa de 300 m ned til bageren", {"300 meter": "300 m"}),
        ("hun skal kunne gå en halv time", {"0.5 time": "en halv time"}),
    ],
)
def test_the_analyzer_keeps_each_measures_words_as_said(said, words):
    facts = understand(said, TODAY)
    assert (facts.extras or {}).get("measures_said") == words
