"""The errand wins over the vehicle (fix round 39, blind76 Svend): a ride that goes on with "og"
to a task its own phrase names ("jeg kører selv ned i Rema på min el-scooter … og handler
ind") is that task; a ride said alone, or one to company or leisure, stays the ride."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "jeg kører selv ned i Rema på min el-scooter to gange om ugen og handler ind, det klarer"
        " jeg fint",
        "far kører selv paa sin elscooter ned i netto og handler hver tirsdag",
        "øh mor hun kører selv på scooteren hen i brugsen og køber ind, det går fint",
        "jeg køre selv på min el scooter til Lidl og handle ind en gang om ugen",
    ],
)
def test_a_ride_on_to_shopping_is_shopping(text):
    assert analyze(text, TODAY).activity == "indkoeb"


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("jeg kører selv på min scooter ned til byen hver dag", "transport"),
        ("far kan ikke køre bil mere efter blodproppen", "transport"),
        # company at the ride's end: the ride stays the point
        ("jeg tør ikke køre med bussen ind til byen og besøge min søster", "transport"),
    ],
)
def test_a_ride_without_an_errand_stays(text, activity):
    assert analyze(text, TODAY).activity == activity
