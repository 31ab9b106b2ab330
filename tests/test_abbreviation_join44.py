"""Fix round 44 (fC, blind148 Jan): an abbreviation in capitals and a noun the speech
recognition wrote apart ("med MC klubben") are one compound, written in the goal with a hyphen
("MC-klubben"); an abbreviation before a verb, a period, a function word or a name stays, and
the analysis still reads the two words as said ("KOL hold": its own cue)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.abbreviation_join import hyphened_abbreviations

GRAMMAR = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("Jeg vil køre på motorcyklen igen med MC klubben hver søndag.", "MC-klubben"),
        ("Jeg vil træne i DGI hallen om tirsdagen.", "DGI-hallen"),
        ("Jeg vil gerne med i MC klubbens tur.", "MC-klubbens"),
        ("Jeg vil tage min ADHD medicin selv hver morgen.", "ADHD-medicin"),
        ("Jeg vil med på KOL holdet igen.", "KOL-holdet"),
        ("Jeg vil se TV avisen med min mand.", "TV-avisen"),
        ("Jeg vil gå til DGI gymnastik igen.", "DGI-gymnastik"),
    ],
)
def test_an_abbreviation_and_its_noun_said_apart_are_one_hyphened_compound(said, joined):
    assert joined in hyphened_abbreviations(said, GRAMMAR).split()


@pytest.mark.parametrize(
    "said",
    [
        "Jeg vil gerne køre MC igen.",
        "fordi min MC kører ikke mere",
        "Jeg vil køre MC søndag med klubben.",
        "Jeg vil køre MC og have min kone bagpå.",
        "OK tak",
        "Jeg vil med til DGI med Bente.",
        "JEG VIL KØRE MED MC KLUBBEN",
        "Jeg vil se TV om aftenen.",
        "min eksmand skal IKKE hjælpe mig",
        "Jeg vil SELV bage boller.",
        "Jeg vil se min søn HVER dag.",
    ],
)
def test_an_abbreviation_before_no_noun_stays_apart(said):
    assert hyphened_abbreviations(said, GRAMMAR) == said


def test_the_analysis_reads_the_words_as_said():
    facts = analyze("øh jeg vil gerne komme på KOL hold igen", date(2026, 12, 6))
    assert facts.activity == "egen_sundhed", facts
