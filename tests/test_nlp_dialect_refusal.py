"""A dialect "it"/"et" before "ha"/"have"/"bruge" after a modal is the negation (fix round 36,
blind74): "a vil it ha æ hjemmehjælp te å gør rent her a ka sjel støvsug" refuses the help and
tells a resource, no wish. "et" as the article stays ("a ska ha et par nye sko")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "a vil it ha æ hjemmehjælp te å gør rent her a ka sjel støvsug å tør støv af",
        "a vil et ha nowen te å hjælp mæ i bad a ka sjel vask mæ",
        "a vil it ha æ hjemmepleje te å lav mad, a ka sjel lav mi mad",
    ],
)
def test_a_dialect_refusal_of_help_beside_what_one_can_is_a_resource(text):
    facts = analyze(text, TODAY)
    assert facts.stance == "resource"
    assert facts.independence == "selv"


@pytest.mark.parametrize(
    "text",
    [
        "a vil gjan ha et par nye sko te æ vinter",
        "a vil gjen ku ga mæ æ rollator ned te æ havn",
    ],
)
def test_a_dialect_wish_stays_a_wish(text):
    assert analyze(text, TODAY).stance == "wish"
