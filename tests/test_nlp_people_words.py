"""People words (fix round 28): a specialist nurse is her own person, like the home nurse, also
said apart by speech recognition ("lunge sygeplejersken") or typed without æøå."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "nurse"),
    [
        (
            "mor vil gerne selv kunne maale sit blodsukker uden at diabetes sygeplejersken skal "
            "komme",
            "diabetessygeplejerske",
        ),
        (
            "jeg vil gerne tage min insulin selv saa diabetessygeplejersken kun skal tjekke mig en "
            "gang om maaneden",
            "diabetessygeplejerske",
        ),
        (
            "far vil gerne kunne huske sine piller selv, demens sygeplejersken har lavet en plan",
            "demenssygeplejerske",
        ),
        (
            "øh distriktssygeplejersken kommer hver dag men jeg vil gerne skifte forbindingen selv",
            "distriktssygeplejerske",
        ),
        (
            "jeg vil gerne kunne bruge iltapparatet selv uden at ringe til lungesygeplejersken",
            "lungesygeplejerske",
        ),
    ],
)
def test_a_specialist_nurse_is_named_as_herself(text, nurse):
    people = analyze(text, TODAY).people
    assert nurse in people and "sygeplejerske" not in people
