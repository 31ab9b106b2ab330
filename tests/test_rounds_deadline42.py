"""Rounds of a walk ("to gange rundt om blokken") have no unit of the spec, no measure; an
"efter" naming the time of day before a time with its own by-lead ("efter aftensmaden inden
jul") is no event: the by-date stands (fix round 42, blind80 Thomas and Amra)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "Mor går en tur med rollatoren hver dag, to gange rundt om blokken",
        "jeg vil gerne kunne gå tre gange rundt i parken uden at hvile",
        "far gaar to gange rundt om soeen med stokken hver formiddag",
    ],
)
def test_rounds_are_no_measure(said):
    assert not analyze(said, TODAY).measures


def test_repetitions_stay_a_measure():
    facts = analyze("far vil kunne rejse sig fra stolen fem gange i træk", TODAY)
    assert [(m.value, m.unit) for m in facts.measures] == [(5, "gang")]


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("Jeg vil gerne selv kunne tage opvasken igen efter aftensmaden inden jul så min mand "
         "kan hvile", "2026-12-24"),
        ("Jeg vil gerne selv kunne gå en tur efter frokost inden påske", "2027-03-28"),
        ("far vil gerne kunne gå i bad selv efter morgenmaden før jul", "2026-12-24"),
    ],
)  # fmt: skip
def test_a_time_of_day_before_a_by_date_keeps_the_deadline(said, day):
    assert analyze(said, TODAY).deadline == day


@pytest.mark.parametrize(
    "said",
    [
        "efter min operation i august kan jeg ikke gå",
        "jeg har ikke kunnet støvsuge efter jeg faldt inden jul",
    ],
)
def test_an_event_before_a_time_stays_no_deadline(said):
    assert analyze(said, TODAY).deadline is None
