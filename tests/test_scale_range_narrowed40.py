"""A scale range narrowed by "mest" (fix round 40, blind141 Kristian): "øh en eller to altså mest
en" is 1, as a correction names the number meant; a range alone keeps its lower number."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.dialogs.cards import scale_value


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("øh en eller to altså mest en", 1),
        ("en eller to, mest en", 1),
        ("to eller tre mest tre", 3),
        ("øh to tre altså naermest tre", 3),
        ("tre eller fire men mest fire", 4),
        ("hmm to eller tre, nok mest to", 2),
    ],
)  # fmt: skip
def test_a_range_narrowed_by_mest_is_the_number_named(said, value):
    assert scale_value(said, get_content("da").dialogue) == value


@pytest.mark.parametrize(
    ("said", "value"),
    [("en eller to", 1), ("to eller tre", 2), ("to mest fordi jeg er træt", 2)],
)
def test_a_range_or_a_number_without_one_named_after_stays(said, value):
    assert scale_value(said, get_content("da").dialogue) == value
