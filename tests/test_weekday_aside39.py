"""Two weekdays with a part of the day and an aside between them ("søndag formiddag, hvor de
gamle har deres net, og onsdag aften") are two days a week; the aside is left out when the days
are written in the goal (round 39)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Søndag formiddag, hvor de gamle har deres net, og onsdag aften.", 2),
        ("tirsdag formiddag, naar min datter kommer, og fredag eftermiddag", 2),
        ("mandag, hvor jeg har fri fra dialysen, og torsdag", 2),
        ("øh om tirsdagen om formiddagen og om fredagen", 2),
        ("mandag morgen, hvor hun er frisk, onsdag og fredag", 3),
        ("lørdag, og søndag", 2),
    ],
)
def test_weekdays_with_an_aside_between_are_counted(text, times):
    freq = analyze(text, TODAY).frequency
    assert freq is not None and (freq.times, freq.per) == (times, "week")


@pytest.mark.parametrize(
    "text",
    [
        "Søndag formiddag, hvor de gamle har deres net.",
        "mandag hvor jeg har fri",
        "om mandagen, hvor min veninde kommer, og så vil jeg bage",
    ],
)
def test_one_weekday_with_an_aside_is_no_count_of_days(text):
    freq = analyze(text, TODAY).frequency
    assert freq is None or freq.times == 1


def test_the_aside_is_left_out_of_the_days_as_written():
    facts = analyze("Søndag formiddag, hvor de gamle har deres net, og onsdag aften.", TODAY)
    said = facts.extras["frequency_said"]
    assert "net" not in said and said.lower().startswith("søndag formiddag og onsdag")
