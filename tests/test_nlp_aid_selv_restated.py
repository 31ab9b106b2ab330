"""A wish to manage "selv" said again later with the aid it is done with ("Jeg vil vaske mig
selv. … Jeg vil klare det selv med badestol"): the aid is the way, hjaelpemiddel (round 30,
blind66); a later part without "selv" or one that refuses the aid keeps "selv"."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne gaa i bad selv. min datter hjælper mig nu. jeg vil klare det selv med en "
        "badebænk til sommer",
        "han vil gerne selv tage sine sko paa. jeg hjælper ham hver morgen. han vil gøre det "
        "selv med et langt skohorn",
        "Jeg vil handle selv. Nu min søn handler. Jeg vil klare det selv med rollator.",
        "jeg vil gerne selv tage strømperne på. hjemmeplejen gør det nu. jeg vil gerne klare "
        "det selv med en strømpepåtager inden jul",
        "øh mor vil gerne selv samle ting op fra gulvet. hun vil kunne gøre det selv med en "
        "gribetang",
    ],
)
def test_selv_said_again_with_an_aid_is_hjaelpemiddel(text):
    assert analyze(text, TODAY).independence == "hjaelpemiddel"


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne gaa i bad selv. jeg vil ikke have en badestol",
        "jeg vil gerne selv handle. min søn har købt en rollator til mig men den bruger jeg ikke",
    ],
)
def test_selv_without_the_aid_said_again_stays_selv(text):
    assert analyze(text, TODAY).independence == "selv"
