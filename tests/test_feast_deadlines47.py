"""Movable and named feast days as deadlines (fix round 47, helper fK; blind157 Olga:
"Palmesøndag." not understood): each is computed from the Easter date of the right year, in
no-æøå spelling too, alone or inside a sentence; a repeated or past feast gives no deadline."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)  # Easter 2027 is 28 March, Easter 2028 is 16 April


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        ("Palmesøndag.", "2027-03-21"),
        ("palmesondag", "2027-03-21"),
        ("øh ja til palmesøndag når familien kommer", "2027-03-21"),
        ("hun vil gerne være klar inden palmesondag, siger hun", "2027-03-21"),
        ("Skaertorsdag.", "2027-03-25"),
        ("til første påskedag", "2027-03-28"),
        ("store bededag", "2027-04-23"),  # abolished 2024: the Friday it would fall on
        ("ja altsaa inden store bededag", "2027-04-23"),
        ("til kristi himmelfart", "2027-05-06"),
        ("inden pinseferien", "2027-05-16"),
        ("fastelavnsmandag", "2027-02-08"),
        ("inden allehelgen", "2027-11-01"),
        ("mortens aften", "2027-11-10"),
        ("til 2. juledag", "2026-12-26"),
        ("lillejuleaften, siger min datter", "2026-12-23"),
    ],
)  # fmt: skip
def test_a_feast_day_is_the_deadline(said, deadline):
    assert str(analyze(said, TODAY).deadline) == deadline


def test_a_feast_already_past_this_year_is_next_years():
    after_easter = date(2027, 4, 1)
    assert str(analyze("Palmesøndag.", after_easter).deadline) == "2028-04-09"
    assert str(analyze("til store bededag", after_easter).deadline) == "2027-04-23"


@pytest.mark.parametrize(
    "said",
    [
        "vi maler påskeæg hver palmesøndag",
        "sidste palmesøndag var de her alle sammen",
        "jeg vil bede til Gud om at blive rask",
        "min mor lærte mig at male påskeæg",
    ],
)
def test_a_repeated_past_or_no_feast_is_no_deadline(said):
    assert analyze(said, TODAY).deadline is None
