"""Jutland "te" (til) before a season is the deadline ("te sommer": inden sommer, 25 May - 30
Jun; "te foråret" 25 Feb - 31 Mar), as before a feast ("te jul"); after a cup or a drinking verb
it stays the tea (blind71 samfund)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze, get_analyzer

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        (
            "a vil gjern ku pass mine bistader igen te sommer mæ min nye dragt",
            "2027-05-25",
            "2027-06-30",
        ),
        ("æ vil gern ku gå te æ havn igen te foråret mæ min rollator", "2027-02-25", "2027-03-31"),
        ("hun vil gjan ku cykle te æ brugs sjæl igen te sommer", "2027-05-25", "2027-06-30"),
        (
            "a ka et kom op i æ båd mer men a wil gjern ud å fisk igen te sommer",
            "2027-05-25",
            "2027-06-30",
        ),
    ],
)
def test_te_before_a_season_is_the_deadline(text, lo, hi):
    deadline = analyze(text, TODAY).deadline
    assert deadline is not None and lo <= deadline <= hi


@pytest.mark.parametrize(
    "text",
    ["a drikker en kop te sommer og vinter", "æ drikker te hele vinteren"],
)
def test_te_after_a_cup_stays_the_tea(text):
    assert " te " in " ".join(t for t in get_analyzer().nlp(text)._.hm_spelling if t)
