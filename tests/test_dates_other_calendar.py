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
