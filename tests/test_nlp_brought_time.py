"""A time in the clause of something brought is an appointment, no deadline (fix round 36,
blind74): "Kommunen kommer med armlæn til toilettet på mandag", "Ergoterapeut kommer med et
smørebræt til ham næste uge". A wish's own time, and "kommer med til koret", stay."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "far kan ikke komme op af badekarret, terapeuten kommer med en badebænk i næste uge",
        "hjemmeplejen kom med en rollator i sidste uge men mor kan ikke finde ud af den",
        "min kone kan ikke spise selv mere, ergoterapeuten kommer ud med en speciel ske om 14 dage",
        "de leverer en ny seng til mor naeste uge, hun kan ikke komme op af den gamle",
        "jeg kan ikke rejse mig fra stolen, kommunen kommer med klodser under den om en uge",
    ],
)
def test_the_time_something_is_brought_is_no_deadline(text):
    assert analyze(text, TODAY).deadline is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "kommunen kommer med en badebænk på mandag og jeg vil gerne kunne gå i bad selv "
            "inden jul",
            "2026-12-24",
        ),
        ("jeg vil gerne kunne komme med til koret igen om tre uger", "2026-12-26"),
        ("hun vil gerne have at hun kommer med igen til påske", "2027-03-28"),
    ],
)
def test_a_time_to_reach_stays(text, day):
    assert analyze(text, TODAY).deadline == day
