"""Fix round 48 (fH): an explicit date said about a holiday or season wins over the holiday table
(nlp/dates.py, content/da/nlp/time.yaml stated_date_verbs/_subjects/_free, after_alone_skip).
"Til vinterferien. Den starter lørdag den 13. februar." is 13 February (blind159 Karen), the next
sentence telling when the holiday begins; "til foråret sådan til den første april" is 1 April
(blind160 Arvid), the lead said again with its article. A date of another matter in the next
sentence stays out."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # the next sentence tells when the holiday begins
        ("Til vinterferien. Den starter lørdag den 13. februar.", "2027-02-13"),
        ("øh til vinterferien. den starter paa lørdag d. 13 februar", "2027-02-13"),
        ("hun vil gerne kunne det inden vinterferien, den begynder den 13. februar", "2027-02-13"),
        ("Inden påske. Den falder tidligt, den 25. marts.", "2027-03-25"),
        ("til efteraarsferien. den starter vist den 9. oktober", "2027-10-09"),
        ("min mor siger til påske. Det er den 28. marts.", "2027-03-28"),
        # a season, then the date with its lead and article again
        ("inden haven skal gøres klar til foråret sådan til den første april", "2027-04-01"),
        ("til foraaret saadan til d. 1 april", "2027-04-01"),
        ("til sommer, til den 15. juni", "2027-06-15"),
        ("øh til foråret altså til den tiende april", "2027-04-10"),
    ],
)
def test_a_date_said_about_the_holiday_wins(text, deadline):
    found = analyze(text, TODAY).deadline
    assert found == deadline, found


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # a date of another matter in the next sentence: the holiday or season stays
        ("til påske. min datter har fødselsdag den 3. maj", "2027-03-28"),
        ("til foråret. til den 3. maj skal jeg til fest", "2027-03-01"),
        ("Til vinterferien. Vi skal til Norge den 20. februar.", "2027-02-14"),
        ("til påske. Den 5. maj skal jeg opereres", "2027-03-28"),
        # the holiday alone
        ("Til vinterferien.", "2027-02-14"),
        ("til foråret sådan", "2027-03-01"),
    ],
)
def test_a_date_of_another_matter_leaves_the_holiday(text, deadline):
    found = analyze(text, TODAY).deadline
    assert found == deadline, found
