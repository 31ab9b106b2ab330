"""Sitting alone the weekends, evenings or holidays through ("hun sidder helt alene i
weekenderne") is the company missed, a difficulty, as "alene hele dagen" and "alene hver dag"
are (fix round 43, blind81 Helle's mother-in-law); being able to be alone, or alone in a car or
on a walk, is not."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "øh min svigermor hun sidder helt alene i weekenderne nu hvor naboen er flyttet",
        "jeg er alene om aftenen nu hvor min kone er død",
        "far sidder alene om søndagen og ser fjernsyn",
        "mor sidder bare alene i weekenden siden min bror flyttede til Aarhus",
        "altsaa jeg sidder jo alene om aftenen hele vinteren",
        "han er helt alene i julen i år",
    ],
)  # fmt: skip
def test_alone_the_weekends_through_is_company_missed(said):
    facts = analyze(said, TODAY)
    assert (facts.activity, facts.stance) == ("socialt_samvaer", "difficulty"), facts


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("jeg kan godt være alene om aftenen", None),
        ("jeg sidder alene i bilen når jeg kører til byen", "transport"),
        ("jeg vil gerne kunne gå alene i weekenden", "gang"),
    ],
)  # fmt: skip
def test_alone_elsewhere_is_no_loneliness(said, activity):
    assert analyze(said, TODAY).activity == activity
