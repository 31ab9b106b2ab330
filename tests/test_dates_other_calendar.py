"""Deadlines: a holiday of another calendar ("vietnamesisk nytår", "kinesisk nytaar") is no
Danish holiday, and a day and month said beside a holiday ("til jul, altså den 20. december")
is the date meant."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from assistant import CONTENT_ROOT
from assistant.content import Problems
from assistant.nlp.dates import find_deadline, load_time_lexicon

DEC04 = date(2026, 12, 4)

CASES = [
    # another calendar's holiday: never the Danish date of the same word
    ("Før vietnamesisk nytår. 6. februar.", "2027-02-06"),
    ("inden kinesisk nytaar, den 17 februar", "2027-02-17"),
    ("øh før kinesisk nytår", None),
    ("til det iranske nytår", None),
    ("min mor vil gerne kunne til jødisk nytår", None),
    ("til tet altså vietnamesisk nytaar, 17. februar", "2027-02-17"),
    ("inden ortodoks jul den 7. januar", "2027-01-07"),
    ("Før russisk jul. 7 januar.", "2027-01-07"),
    # a day and month said beside a Danish holiday: the date said
    ("til jul, altså 20. december", "2026-12-20"),
    ("inden påske, den 20. marts", "2027-03-20"),
    ("til nytår. 30 december", "2026-12-30"),
    ("før jul øh 18 december", "2026-12-18"),
    # … but a holiday alone, or a date far off in another sentence, keeps the holiday
    ("inden jul", "2026-12-24"),
    ("til dansk jul", "2026-12-24"),
    ("til påske. min datter har fødselsdag, vi holder fest hos hende den 3. maj", "2027-03-28"),
]


@pytest.fixture(scope="module")
def lex():
    problems = Problems()
    lexicon = load_time_lexicon(CONTENT_ROOT / "da" / "nlp" / "time.yaml", "da", problems)
    problems.raise_if_any()
    return lexicon


@pytest.fixture(scope="module")
def tokenize():
    nlp = spacy.blank("da")
    return lambda text: [t.lower_ for t in nlp(text)]


@pytest.mark.parametrize(("phrase", "expected"), CASES, ids=[c[0] for c in CASES])
def test_other_calendar_and_stated_date(lex, tokenize, phrase, expected):
    found = find_deadline(tokenize(phrase), DEC04, lex)
    assert (found.date.isoformat() if found else None) == expected


# A weekday counted in a month is that day; a day said after a month, the month said again
# after a filler, is that day of the month.
COUNTED = [
    ("Nej, ikke før standerhejsningen. Den første lørdag i april.", "2027-04-03"),
    ("øh til den anden tirsdag i marts når holdet starter", "2027-03-09"),
    ("inden sidste fredag i maj", "2027-05-28"),
    ("hun skal kunne det til den sidste søndag i december", "2026-12-27"),
    ("første lørdag i april 2028", "2028-04-01"),
    ("til den tredje søndag i januar altså", "2027-01-17"),
    ("til forårspremieren i februar øh den femtende februar", "2027-02-15"),
    ("inden udgangen af januar altså den tiende januar", "2027-01-10"),
    ("i marts. den 3. april skal jeg til tandlægen", "2027-03-31"),
    # a month, then the weekday of that month counted: the later, exacter day (round 34)
    ("øh til april altså den anden lørdag i april hvor sæsonen starter", "2027-04-10"),
    ("hun vil gerne kunne det inden maj, nemlig den sidste fredag i maj", "2027-05-28"),
    ("til februar øh den første tirsdag i februar naar holdet begynder", "2027-02-02"),
    ("min far siger til januar altså den tredje onsdag i januar", "2027-01-20"),
    # the weekday of another month is no day of the month said first
    ("til marts altså den første søndag i april", "2027-03-31"),
]


@pytest.mark.parametrize(("phrase", "expected"), COUNTED, ids=[c[0] for c in COUNTED])
def test_counted_weekday_and_restated_day(lex, tokenize, phrase, expected):
    found = find_deadline(tokenize(phrase), DEC04, lex)
    assert (found.date.isoformat() if found else None) == expected


# A holiday followed by the years a habit has lasted is a habit told, and a time after a forced
# end ("han må stoppe til nytår") is when something must end: neither is a date to reach; "til
# jul i år" and a wish to stop keep their date.
HABITS = [
    ("jeg har lavet and juleaften i halvtreds år men nu kan jeg ikke løfte fadet", None),
    ("mor har bagt småkager til jul i over 40 år, nu kan hun ikke stå ved bordet", None),
    ("vi har holdt nytårsaften hos min søster i mange år", None),
    ("han har pyntet juletræ til jul i 60 år og det gør ondt at lade være", None),
    (
        "far har sunget i koret til jul i over 30 år og det vil han gerne igen til påske",
        "2027-03-28",
    ),
    ("så han må stoppe til nytår og det er han ked af", None),
    ("hun må opgive kolonihaven til sommer, hun kan ikke mere", None),
    ("jeg vil gerne kunne bage til jul i år", "2026-12-24"),
    ("jeg vil gerne kunne gå i haven til sommer i tre uger", "2027-06-01"),
    ("jeg vil gerne kunne stoppe med at ryge til nytår", "2026-12-31"),
]


@pytest.mark.parametrize(("phrase", "expected"), HABITS, ids=[c[0] for c in HABITS])
def test_a_habit_of_years_or_a_forced_end_is_no_deadline(lex, tokenize, phrase, expected):
    found = find_deadline(tokenize(phrase), DEC04, lex)
    assert (found.date.isoformat() if found else None) == expected
