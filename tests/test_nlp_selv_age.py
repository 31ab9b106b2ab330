""" "hun er selv 91": "selv" before one's own age is no way of managing (blind70 samfund); "selv"
before a count of times ("klare sine indkøb selv 2 gange om ugen") still is."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "far vil ikke paa plejehjemmet til banko, han siger de andre er gamle og han er jo selv 93",
        "min kone vil ikke med i seniorklubben for hun er selv over 80 og synes det er for gamle"
        " folk, men hun keder sig herhjemme",
        "mormor vil ikke med paa seniorhoejskole hun siger hun er selv kun 79 og ikke gammel",
        "han er selv næsten 90 ik og vil ikke have hjælp til haven men han falder derude",
    ],
)
def test_selv_before_an_age_is_no_independence(text):
    assert analyze(text, TODAY).independence is None


@pytest.mark.parametrize(
    "text",
    [
        "han vil gerne klare sine indkøb selv 2 gange om ugen",
        "jeg vil gerne selv kunne gå til træning 3 gange om ugen",
    ],
)
def test_selv_before_a_count_stays(text):
    assert analyze(text, TODAY).independence == "selv"
