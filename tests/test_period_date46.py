"""A date after "efter" and a holiday, season or break is when the break ends, a date to reach
(fix round 46, fD; blind152 Allan: "når sæsonen starter igen efter vinter pausen den første
marts" gave no deadline, asked three times); digit ordinals ("den 1ste april") are days. An
event told after "efter" ("efter min operation i august") stays no deadline."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        ("når sæsonen starter igen efter vinter pausen den første marts", "2027-03-01"),
        ("naar saesonen starter efter vinterpausen d. 1ste marts", "2027-03-01"),
        ("øh når holdet går i gang efter juleferien den femtende januar", "2027-01-15"),
        ("efter jul den 2den januar vil jeg gerne starte i koret igen", "2027-01-02"),
        ("min mand siger efter sommerpausen, den 10. august", "2027-08-10"),
        ("når de starter op efter påske den tyvende april", "2027-04-20"),
        ("efter vinter ferien d. 20ende februar", "2027-02-20"),
    ],
)  # fmt: skip
def test_a_date_after_a_break_is_the_deadline(said, deadline):
    assert str(analyze(said, TODAY).deadline) == deadline


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        ("den 1ste april", "2027-04-01"),
        ("d. 20ende maj", "2027-05-20"),
        ("inden den 3dje marts", "2027-03-03"),
        ("senest den 21ste juni", "2027-06-21"),
    ],
)  # fmt: skip
def test_a_digit_ordinal_is_a_day(said, deadline):
    assert str(analyze(said, TODAY).deadline) == deadline


@pytest.mark.parametrize(
    "said",
    [
        "efter min operation i august har jeg ikke kunnet gå",  # an event told
        "efter operationen den 3. marts kunne jeg ikke cykle",
        "jeg faldt efter jul den 2. januar",  # a past verb tells the story
        "efter ferien i juli var jeg syg",
        "det gik galt efter påske i april",
        "jeg har haft det svært efter min blodprop i september",
        "det er 1ste gang jeg prøver",  # a digit ordinal with no month
        "jeg bor på 2den sal",
    ],
)
def test_a_told_event_or_no_month_gives_no_deadline(said):
    assert analyze(said, TODAY).deadline is None
