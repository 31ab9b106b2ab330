"""Fix round 48 (fD): an answer's typed capital on a common word, carried into the middle of the
goal ("Sølvtøjet. Pudse." → "pudse Sølvtøjet", blind158 Edna; "så jeg Smider ikke ud", blind156
Marna), is written small (nlp/typed_capitals.py): a word of the lemma table, or a compound whose
last part is a definite noun it knows. Names keep their capitals: people, places, shops, a first
name that is a word too, a name after a place lead or a kin word, a name of two capitals, a
title after its verb. The persona lint names such a capital, compounds too."""

from __future__ import annotations

import pytest
from compose_support import goal_of
from persona_expect import grammar_problems

CLEANING = {"activity": "rengoering", "speaker": "citizen", "frequency": None, "deadline": None}


@pytest.mark.parametrize(
    ("own", "small"),
    [
        ("pudse Sølvtøjet", "pudse sølvtøjet"),
        ("vande Blomsterne", "vande blomsterne"),
        ("stryge Duge til jul", "stryge duge til jul"),
        ("gaa tur med Hunden", "tur med hunden"),
        ("vaske Gardinerne", "vaske gardinerne"),
        ("strikke Sokker til mit barnebarn", "strikke sokker"),
        ("pudse Kobbertøjet", "pudse kobbertøjet"),
    ],
)
def test_a_typed_capital_on_a_common_word_goes_small(own, small):
    goal = goal_of(CLEANING, own_action=own)
    assert small in goal, goal
    assert not [p for p in grammar_problems(goal) if "capital" in p], goal


@pytest.mark.parametrize(
    ("told", "small"),
    [
        ("så jeg Smider ikke ud", "smider"),
        ("fordi Børnebørnene kommer til jul", "børnebørnene"),
    ],
)
def test_a_typed_capital_in_the_reason_goes_small(told, small):
    goal = goal_of(CLEANING, own_action="stoppe sokker", reason_said=told)
    assert small in goal, goal


@pytest.mark.parametrize(
    ("own", "kept"),
    [
        ("besøge Rose i Skive", ["Rose", "Skive"]),
        ("gaa tur i Søndermarken", ["Søndermarken"]),
        ("køre til Aarhus med Bjørn", ["Aarhus", "Bjørn"]),
        ("spille kort med Per", ["Per"]),
        ("handle i Føtex", ["Føtex"]),
        ("gå på Strøget", ["Strøget"]),
        ("tage bussen til Fjerritslev", ["Fjerritslev"]),
        ("samle ind for Røde Kors", ["Røde Kors"]),
        ("synge Det er hvidt herude for mit oldebarn", ["Det er hvidt herude"]),
        ("synge med og høre Guds ord i kirken", ["Guds"]),
        ("gå i kirke og takke Gud", ["Gud"]),
    ],
)
def test_names_places_and_titles_keep_their_capitals(own, kept):
    goal = goal_of(CLEANING, own_action=own)
    for name in kept:
        assert name in goal, goal


def test_the_lint_names_a_capital_compound_inside_a_sentence():
    problems = grammar_problems("Jeg vil kunne pudse Sølvtøjet hver søndag.")
    assert any("Sølvtøjet" in p for p in problems), problems
    assert not grammar_problems("Jeg vil kunne gå en tur i Søndermarken hver søndag.")
