"""A weekday said as what a thing got or made is for ("købe kød til weekenden", "bage en kage til
søndag") is no deadline (nlp/purpose_day.py, time.yaml purpose_day_*); "inden weekenden", a
fronted "til weekenden vil jeg …", "handle til weekenden" (nothing got) and a thing said done by
then ("gardinerne færdige til weekenden") stay deadlines (blind87's butcher)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import get_analyzer

TODAY = date(2026, 12, 7)  # a Monday: the weekend is Saturday 12 December


def _deadline(text: str):
    return get_analyzer("da").analyze(text, TODAY).deadline


@pytest.mark.parametrize(
    "text",
    [
        "min mand vil gerne selv kunne gaa til slagteren og koebe koed til weekenden",
        "øh jeg vil gerne selv kunne handle ind og købe kød og kartofler til weekenden ik",
        "jeg vil gerne bage en kage til søndag når børnebørnene kommer",
        "mor vil gerne kunne gå i Brugsen og købe blomster til lørdag",
        "jeg vil gerne kunne hente brød til weekenden selv",
        "jeg vil selv kunne lave mad til weekenden naar familien kommer",
        "far vil gerne kunne stege frikadeller til fredag igen",
    ],
)
def test_a_thing_for_the_weekend_is_no_deadline(text):
    assert _deadline(text) is None


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("jeg vil gerne selv kunne handle inden weekenden", date(2026, 12, 12)),
        ("til weekenden vil jeg kunne gå ned og handle selv", date(2026, 12, 12)),
        ("jeg vil gerne kunne handle til weekenden", date(2026, 12, 12)),
        ("jeg vil gerne kunne sy gardinerne faerdige til weekenden", date(2026, 12, 12)),
        ("hun vil gerne kunne bage småkagerne færdige til søndag", date(2026, 12, 13)),
    ],
)
def test_a_by_date_stays_a_deadline(text, deadline):
    assert _deadline(text) == deadline.isoformat()
