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


@pytest.mark.parametrize(
    "text",
    [
        "jeg er den eneste i familien der kan koere bil og jeg vil gerne blive ved med det",
        "mor har altid lavet julemaden i familien men hun vil gerne kunne lave risalamanden selv",
        "han var altid den sjove i vores familie men nu vil han ikke med til noget",
    ],
)
def test_the_family_said_as_where_something_is_names_no_one(text):
    assert "familie" not in analyze(text, TODAY).people


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne kunne ringe til min familie i Tyrkiet selv",
        "jeg savner min familie i Bosnien og vil gerne snakke med dem hver søndag",
    ],
)
def test_the_family_itself_is_still_named(text):
    assert "familie" in analyze(text, TODAY).people
