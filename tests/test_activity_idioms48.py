"""Fix round 48 (fC): idioms that name an activity by a verb and an adverb or object only.

"gaa ovenpaa i seng", "komme ovenpå til soveværelset": the upper floor of one's home is reached
by the stairs; "komme ovenpå igen" alone is getting over something. "tjene lidt penge selv":
earning is work, while money alone is the household's economy (activities.yaml phrases)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("han vil gerne kunne komme ovenpaa til soveværelset igen", "trapper"),
        ("jeg vil gerne selv kunne gaa ovenpaa i seng om aftenen", "trapper"),
        ("øh min mor vil gerne kunne gå ovenpå selv uden at min far står bagved", "trapper"),
        ("jeg vil gerne kunne komme op ovenpå og sove i min egen seng", "trapper"),
        ("han vil gerne kunne tjene lidt penge selv", "arbejde_og_frivillig"),
        ("øh jeg vil gerne tjene mine egne penge igen", "arbejde_og_frivillig"),
        (
            "hun vil gerne kunne tjene sine egne lommepenge ved siden af pensionen",
            "arbejde_og_frivillig",
        ),
    ],
)
def test_the_idiom_names_the_activity(said, expected):
    assert analyze(said, TODAY).activity == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # getting over a loss: the mood (fA's idiom of the same round), never the stairs
        ("jeg vil gerne komme ovenpå igen efter min kones død", "humoer_og_energi"),
        ("hun skal nok komme ovenpaa igen", None),
        ("der ligger en dyne ovenpå", None),
        ("hun vil gerne have styr paa sine penge", "daglige_rutiner"),
        ("jeg vil gerne kunne betale med mine egne penge", "daglige_rutiner"),
    ],
)
def test_counter_examples_keep_their_reading(said, expected):
    assert analyze(said, TODAY).activity == expected
