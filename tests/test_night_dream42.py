"""A dream at night of a thing ("drømmer om krigen hver nat") is sleep, a trouble: no wish, and
its night no goal frequency; "drømmer om at …" stays a wish (fix round 42, blind80 Farid)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "Jeg drømmer om krigen hver nat og jeg er bange for at lægge mig til at sove",
        "far drømmer om sin kone hver nat siden hun døde, han vil ikke i seng",
        "min mand drømmer om ulykken om natten og vågner og råber",
    ],
)
def test_a_night_dream_is_a_trouble(said):
    facts = analyze(said, TODAY)
    assert facts.stance == "difficulty"
    assert facts.frequency is None


@pytest.mark.parametrize(
    "said",
    [
        "jeg drømmer om at gå en tur i skoven hver dag",
        "jeg drømmer om at sove om natten igen uden piller",
        "mor drømmer om sin have, hun vil gerne plante blomster igen",
    ],
)
def test_a_dream_of_doing_stays_a_wish(said):
    assert analyze(said, TODAY).stance == "wish"
