"""A week by its number after a month's lead-in is a date ("på højskole i uge 24": its Sunday;
"inden uge 7": its Monday), this year or next once it is past (blind70 egenomsorg)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        (
            "jeg vil gerne kunne gå tre kilometer inden uge 7 hvor vi skal på skiferie",
            "2027-02-15",
        ),
        (
            "far vil gerne selv kunne bære kufferten når vi tager på ferie i uge 42",
            "2027-10-24",
        ),
        (
            "mor vil gerne kunne gaa uden stok igen til vi skal i sommerhus i uge 30",
            "2027-08-01",
        ),
        ("øh jeg vil gerne kunne klare trapperne selv igen midt i uge 10", "2027-03-11"),
        # a week of this year still ahead
        ("jeg vil gerne kunne bage småkager selv i uge 51 til mine børnebørn", "2026-12-20"),
    ],
)
def test_a_week_number_is_a_date(text, deadline):
    assert analyze(text, TODAY).deadline == deadline


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne gå tur hver uge 3 gange",
        "jeg vil gerne kunne gå en tur om ugen",
    ],
)
def test_a_week_without_its_number_is_no_date(text):
    assert analyze(text, TODAY).deadline is None
