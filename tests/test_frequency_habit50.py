"""Fix round 50 (fF, blind166 Johannes): "Første torsdag i måneden, som vi altid har gjort." to
"Hvor tit?" is once a month. A weekday of each month said without its lead ("første torsdag i
måneden", "sidste fredag i måneden") is a frequency (nlp/quantities.py), written "hver første
torsdag i måneden" in the goal (_grammar.yaml month_day_ordinals, nlp/plural_days.py); a long
answer whose first part is a bare day ("Torsdag eftermiddag, som vi altid har gjort i mange år")
is read up to its comma or the habit it is compared with (frequency.yaml comparison_leads,
comparison_next; dialogs/engine.py). Counter-examples: "første uge i måneden", "for første gang"
say no rhythm; "den/hver første torsdag i måneden" stay as said."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand
from test_engine_people import play

from assistant.content import get_content

TODAY = date(2026, 12, 7)
MONTHLY = {"times": 1, "per": "month", "every": 1}
WEEKLY = {"times": 1, "per": "week", "every": 1}


@pytest.mark.parametrize(
    ("said", "frequency"),
    [
        ("Første torsdag i måneden, som vi altid har gjort.", "Første torsdag i måneden"),
        ("øh første mandag i maaneden", "første mandag i måneden"),
        ("sidste fredag i måneden ligesom før", "sidste fredag i måneden"),
        ("tredje onsdag i måneden som i gamle dage", "tredje onsdag i måneden"),
        ("jeg vil gerne i kirke igen første søndag i måneden", "første søndag i måneden"),
        ("den første torsdag i måneden", "den første torsdag i måneden"),
        ("hver første torsdag i måneden", "hver første torsdag i måneden"),
    ],
)
def test_a_weekday_of_each_month_is_once_a_month(said, frequency):
    facts = understand(said, TODAY)
    assert facts.frequency is not None and facts.frequency.per == "month"
    assert (facts.extras or {}).get("frequency_said") == frequency


@pytest.mark.parametrize(
    "said", ["første uge i måneden", "for første gang i måneden", "den første tid"]
)
def test_no_weekday_no_rhythm(said):
    assert understand(said, TODAY).frequency is None


@pytest.mark.parametrize(
    ("said", "frequency", "written"),
    [
        ("Første torsdag i måneden, som vi altid har gjort.", MONTHLY,
         "hver første torsdag i måneden"),
        ("første torsdag i maaneden som vi altid har gjort", MONTHLY,
         "hver første torsdag i måneden"),
        ("sidste fredag i måneden, det har vi altid gjort", MONTHLY,
         "hver sidste fredag i måneden"),
        ("Torsdag eftermiddag, som vi altid har gjort i mange år.", WEEKLY,
         "hver torsdag eftermiddag"),
        ("torsdag eftermiddag som vi altid har gjort i mange år", WEEKLY,
         "hver torsdag eftermiddag"),
        ("onsdag formiddag ligesom vi gjorde før jeg blev syg", WEEKLY, "hver onsdag formiddag"),
        ("øh hver anden tirsdag ligesom før", {**WEEKLY, "every": 2}, "hver anden tirsdag"),
        ("en gang om måneden ligesom vi plejer", MONTHLY, "en gang om måneden"),
        ("To gange om ugen som jeg plejede før jeg blev syg.", {**WEEKLY, "times": 2},
         "to gange om ugen"),
    ],
)  # fmt: skip
def test_a_frequency_with_a_habit_tail_is_asked_once(said, frequency, written):
    wish = "jeg vil gerne holde andagt på plejehjemmet igen"
    turn, asked = play(get_content("da"), {"wish": wish, "frequency": said})
    goal = turn.draft["goal"]
    assert asked.count("frequency") == 1
    assert goal["frequency"] == frequency
    assert f"igen {written}" in goal["text"]
    assert "altid" not in goal["text"] and "plejer" not in goal["text"]
