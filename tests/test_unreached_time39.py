"""A time said out of reach ("til jul når jeg ikke", "jeg kan ikke nå det til jul", "jul er for
tidligt") gives way to a later time said in the same answer (fix round 39, fC: "Nej, til jul når
jeg ikke. Første marts." at the summary kept Christmas and showed the same goal again)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        ("Nej, til jul når jeg ikke. Første marts.", "2027-03-01"),
        ("nej jeg tror ikke jeg kan naa det til jul. foerst til sommer", "2027-06-01"),
        ("til jul naar hun ikke, det er for hurtigt. den 1. februar", "2027-02-01"),
        ("øh jul er alt for tidligt altså. til påske", "2027-03-28"),
        ("nej ikke jul det nås ikke, men til påske", "2027-03-28"),
        ("min mor siger at hun kan ikke nå det til nytår, hellere til foråret", "2027-03-01"),
        ("inden jul er umuligt med mit knae. sidst i februar", "2027-02-28"),
    ],
)  # fmt: skip
def test_a_later_time_after_one_said_out_of_reach_is_the_deadline(said, deadline):
    assert str(analyze(said, TODAY).deadline) == deadline


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        ("jeg vil gerne nå det til jul, ikke senere end nytår", "2026-12-24"),  # no negation
        ("jeg håber at nå det til jul", "2026-12-24"),
        ("jeg nåede ikke at bage sidste år. jeg vil gerne bage til jul", "2026-12-24"),
        ("jeg vil gerne kunne gå til posten inden påske. til jul kommer min søn", "2027-03-28"),
        ("til jul", "2026-12-24"),
    ],
)  # fmt: skip
def test_a_time_not_said_out_of_reach_stays(said, deadline):
    assert str(analyze(said, TODAY).deadline) == deadline


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("inden jul er umuligt med min ryg, midt i marts maaske", "2027-03-15"),
        ("til paaske naar jeg ikke med det knae. først i maj", "2027-05-01"),
    ],
)
def test_a_later_time_after_one_out_of_reach_is_no_trouble_time(text, deadline):
    """fF's rule (a time after "i" in a difficulty says when the trouble is) does not take the
    later time of fC's rule (the earlier one said out of reach) away."""
    assert str(analyze(text, TODAY).deadline) == deadline


def test_a_time_after_i_in_a_plain_difficulty_stays_no_deadline():
    assert analyze("hun kan ikke finde ud af sit toej midt i december", TODAY).deadline is None
