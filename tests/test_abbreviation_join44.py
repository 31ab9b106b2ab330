"""Fix round 44 (fC, blind148 Jan): an abbreviation in capitals and a noun the speech
recognition wrote apart ("med MC klubben") are one compound, written with a hyphen
("MC-klubben"); an abbreviation before a verb, a period, a function word or a name stays."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def _spelled(said: str) -> str:
    return analyze(said, TODAY).extras.get("spelled") or said


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("øh jeg vil gerne ud og køre med MC klubben igen", "MC-klubben"),
        ("vi moedes altsaa i DGI hallen om tirsdagen", "DGI-hallen"),
        ("min kone hun er jo EU borger ikke", "EU-borger"),
        ("jeg har fået noget ADHD medicin af lægen", "ADHD-medicin"),
        ("han kører med i MC klubbens tur hver søndag", "MC-klubbens"),
        ("far ser TV avisen hver aften", "TV-avisen"),
        ("jeg har gået til DGI gymnastik i mange år", "DGI-gymnastik"),
    ],
)
def test_an_abbreviation_and_its_noun_said_apart_are_one_hyphened_compound(said, joined):
    assert joined in _spelled(said), _spelled(said)


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("jeg vil gerne køre MC igen", "MC igen"),
        ("min MC kører ikke mere", "MC kører"),
        ("jeg kørte på MC søndag", "MC søndag"),
        ("han kører MC og jeg sidder bagpå", "MC og"),
        ("OK tak", "OK tak"),
        ("vi var i DGI med Bente", "DGI med Bente"),
        ("JEG VIL KØRE MED MC KLUBBEN", "MC KLUBBEN"),
    ],
)
def test_an_abbreviation_before_no_noun_stays_apart(said, kept):
    assert kept in _spelled(said), _spelled(said)
