"""A ride on the mobility scooter to one's people or into town is transport, as the bus; to a
shop it stays the errand and round the garden the walk (fix round 42, blind80 Ana)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "mor vil gerne kunne køre på sin elscooter ud til sin søster i Vejle igen",
        "far koerer paa sin scooter ind til byen hver lørdag",
        "jeg vil gerne selv køre på scooteren over til min søn igen",
    ],
)
def test_a_scooter_ride_to_people_or_town_is_transport(said):
    assert analyze(said, TODAY).activity == "transport"


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("jeg vil gerne kunne køre på scooteren ned til netto og handle selv om tirsdagen",
         "indkoeb"),
        ("jeg kan ikke længere køre rundt på scooteren i haven", "gang"),
    ],
)  # fmt: skip
def test_a_ride_to_a_shop_or_round_the_garden_stays(said, activity):
    assert analyze(said, TODAY).activity == activity
