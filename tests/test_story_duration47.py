"""Fix round 47 (fH; blind corpus 85 Louise): a duration told in a past event's time clause
("efter hun sad fast i den i to timer") is how long the event lasted, no measure
(nlp/story_duration.py: a time lead, its subject, a past verb, the duration a few words on). A
present "når" clause, a wish's duration and the main clause after a past time clause ("da jeg
var ung kunne jeg gå i to timer") keep theirs."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "mor toer ikke tage elevatoren mere efter hun sad fast i den i to timer saa nu bliver hun "
        "bare oppe i lejligheden hele dagen",
        "efter jeg sad fast i elevatoren i to timer toer jeg ikke tage den",
        "mor tør ikke gå i bad mere, efter hun sad på gulvet i badet i en time",
        "da jeg stod i kø i apoteket i en halv time blev jeg svimmel",
        "siden far sad i venteværelset i tre timer vil han ikke til lægen",
        "øh efter han kørte rundt i en time og ikke kunne finde hjem, må han ikke køre mere",
    ],
)
def test_a_past_events_duration_is_no_measure(text):
    assert analyze(text, TODAY).measures == ()


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Jeg vil kunne sidde i to timer til koncerten.", 2),
        ("da jeg var ung kunne jeg gå i to timer", 2),
        ("når jeg sidder i to timer får jeg ondt", 2),
        ("Jeg vil gerne kunne gå en time igen, ligesom da jeg gik en time hver dag.", 1),
    ],
)
def test_a_duration_outside_a_past_event_stays(text, hours):
    measures = analyze(text, TODAY).measures
    assert [(m.value, m.unit) for m in measures] == [(hours, "time")]
