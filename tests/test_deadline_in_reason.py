"""A time inside a reason is no deadline; "hver nat" is once a day (issue 8, part 3)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne kunne gå i bad selv så jeg kan nå bussen klokken ti",
        "jeg vil klæde mig på selv så jeg er klar når hjemmeplejen kommer kl 8",
        "jeg vil gerne stå op selv så jeg kan nå morgenmaden kl. 7.30",
        "øh jeg vil gerne handle selv så jeg kan komme hjem før klokken 12 ik",
        "jeg vil gerne gå til træning så jeg kan være med på holdet på tirsdag",
        "jeg vil gerne kunne gå ud så jeg kan tage med min datter i morgen",
    ],
)
def test_a_clock_time_or_appointment_in_a_reason_is_no_deadline(text):
    assert analyze(text, TODAY).deadline is None


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # the only date, in the reason, reads as the day to be ready by
        (
            "jeg vil gerne kunne gå selv så jeg kan komme med til min datters bryllup den 12. juni",
            "2027-06-12",
        ),
        # a deadline outside the reason wins over a date inside it
        (
            "så jeg kan komme med til brylluppet den 12. juni. det skal være inden jul",
            "2026-12-24",
        ),
        (
            "jeg vil gerne kunne gå selv inden jul så jeg kan komme til brylluppet den 12. juni",
            "2026-12-24",
        ),
        ("jeg vil gerne være klar kl 10 den 1. december", "2026-12-01"),
    ],
)
def test_a_date_in_a_reason_counts_only_when_no_other_deadline_exists(text, deadline):
    assert analyze(text, TODAY).deadline == deadline


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne kunne gå på toilettet selv hver nat",
        "jeg vil gerne sove igennem hver nat",
    ],
)
def test_hver_nat_is_once_a_day(text):
    freq = analyze(text, TODAY).frequency
    assert (freq.times, freq.per, freq.every) == (1, "day", 1)
