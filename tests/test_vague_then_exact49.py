"""Fix round 49 (blind161 Sabiha): one rule for a vague time made exact by a date said right
after it (nlp/exact_after.py, time.yaml stated_date_skip, after_alone_skip,
exact_after_own_clause): a holiday, season, month or span, then the day meant. "Til april.
Første april." is 1 April, not the month's end; a date that belongs to something else (another
month, an appointment, a past event, another sentence's own matter) leaves the vague time."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # a month, then a day of that month said alone in the next fragment
        ("Til april. Første april.", "2027-04-01"),
        ("øh til april. foerste april", "2027-04-01"),
        ("Hun siger til april. Den første april.", "2027-04-01"),
        ("Til april. 1. april.", "2027-04-01"),
        ("til maj. øh den femte", "2027-05-05"),
        # a month, then a bare day in the same sentence
        ("i marts, altså den 15.", "2027-03-15"),
        ("jeg vil gerne kunne det til marts, sådan d. 20", "2027-03-20"),
        # a holiday, a season or a span, then the date
        ("Inden jul. 20. december.", "2026-12-20"),
        ("til sommer, altsaa 15. juni", "2027-06-15"),
        ("til foraaret, saadan den 10. april", "2027-04-10"),
        ("om tre måneder, altså den 5. marts", "2027-03-05"),
        # the correction's instruction names the day (instructed_time)
        ("min mand siger inden påske ... nej skriv 1. april", "2027-04-01"),
    ],
)
def test_the_exact_day_after_a_vague_time_wins(text, deadline):
    found = analyze(text, TODAY).deadline
    assert found == deadline, found


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # a date of another month after a month: another matter
        ("til april, når min datter har fødselsdag den 3. maj", "2027-04-30"),
        ("til april, det er 3. maj hun kommer", "2027-04-30"),
        ("til april. den 3. marts faldt jeg", "2027-04-30"),
        # a date opening its own clause: an appointment, the vague time stays
        ("til sommer, den 3. juni skal jeg til lægen", "2027-06-01"),
        ("til foraaret. den 2. april skal jeg opereres", "2027-03-01"),
        ("til sommer. den 3. marts faldt jeg på trappen", "2027-06-01"),
        # the vague time alone
        ("Til april.", "2027-04-30"),
        ("til sommer", "2027-06-01"),
    ],
)
def test_a_date_of_another_matter_leaves_the_vague_time(text, deadline):
    found = analyze(text, TODAY).deadline
    assert found == deadline, found


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # a date whose clause tells another's occasion is the occasion the vague time meant
        # (lead, after the review of fix round 49: the citizen's own errand stays apart)
        (
            "jeg vil danse til min datters bryllup til sommer, den 5. juni skal hun giftes",
            "2027-06-05",
        ),
        ("jeg vil kunne gå på trappen inden jul, den 20. december kommer mine børn", "2026-12-20"),
        ("til påske, den 5. april har min søn fødselsdag", "2027-04-05"),
        (
            "hun vil gerne med til barnedåben til foraaret øh den 11. april bliver han døbt",
            "2027-04-11",
        ),
    ],
)
def test_another_s_occasion_on_the_date_is_the_day_meant(text, deadline):
    found = analyze(text, TODAY).deadline
    assert found == deadline, found
