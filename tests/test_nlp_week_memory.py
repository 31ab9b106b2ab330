"""Keeping track of the week is memory (fix round 29, blind64): "holde styr paa ugen" or "have
styr på ugen", said after forgetting which days someone comes, is orientation in time, as
"holde styr på ugedagene" already was; one day's plan and an overview of bills stay the day's
structure."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "text",
    [
        "far glemmer hvilke dage hjemmehjælperen kommer, han vil gerne selv kunne holde styr paa"
        " ugen igen",
        "far ved aldrig hvornår fysioterapeuten kommer, han vil gerne selv have styr på ugen igen",
        "hun vil gerne kunne holde styr paa ugen selv saa hun ved hvornaar hun skal til frisoer",
        "øh mor ringer og spørger hvornår jeg kommer ikk hun vil gerne have styr på ugen med en"
        " kalender",
    ],
)
def test_keeping_track_of_the_week_is_memory(text):
    assert analyze(text, TODAY).activity == "hukommelse"


@pytest.mark.parametrize(
    "text",
    [
        "siden operationen har jeg svært ved at holde styr på dagen jeg vil gerne have en fast"
        " plan med ugedagene på køleskabet",
        "jeg vil gerne have en fast ugeplan så jeg har struktur på dagen",
        "jeg vil gerne have overblik over ugen og mine regninger",
    ],
)
def test_a_days_plan_and_bills_stay_the_days_structure(text):
    assert analyze(text, TODAY).activity == "daglige_rutiner"
