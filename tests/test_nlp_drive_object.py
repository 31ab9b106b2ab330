"""A lost drive with an object, and how the others are (fix round 36, blind74): "nej jeg gider
ikke mere petanque i klubben de andre er så sure" gives up petanque (fritid); no low mood of the
citizen is told. "jeg gider ikke mere" alone, and the citizen's own mood, stay a low mood."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("nej jeg gider ikke mere bridge", "fritid"),
        ("far han gider ikke mere petanque om torsdagen", "fritid"),
        ("hun orker ikke længere strikning, fingrene er for stive", "fritid"),
    ],
)
def test_a_lost_drive_with_an_activity_after_it_gives_that_activity_up(text, activity):
    assert analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("jeg kommer ikke i klubben mere, de andre er så sure", "socialt_samvaer"),
        (
            "mor vil ikke i dagcentret mere, hun siger de andre er så sure og gamle",
            "socialt_samvaer",
        ),
        ("far vil ikke med til banko, folk er så sure", "fritid"),
    ],
)
def test_how_the_others_are_is_no_mood_of_the_citizen(text, activity):
    assert analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    "text",
    [
        "jeg gider ikke mere, jeg ligger bare på sofaen hele dagen",
        "men nu orker hun ikke mere fordi hun er træt hele tiden",
        "jeg er blevet så sur og trist efter min kone døde",
    ],
)
def test_the_citizens_own_low_mood_stays(text):
    assert analyze(text, TODAY).activity == "humoer_og_energi"
