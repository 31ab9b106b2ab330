"""A reason answer that opens with a common noun typed capitalised ("Kirken er mit andet hjem")
keeps no capital inside the goal sentence; a name stays as typed, also one that is a word too
("Karl", "Lise")."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import reason_frame

GOALS = get_content("da").goals


@pytest.mark.parametrize(
    ("told", "words"),
    [
        ("Kirken er mit andet hjem", "kirken er mit andet hjem"),
        ("Haven er mit et og alt.", "haven er mit et og alt"),
        ("Klubben betyder alt for mig", "klubben betyder alt for mig"),
        ("Koret mangler en bas", "koret mangler en bas"),
        ("Familien betyder alt", "familien betyder alt"),
        ("Hunden skal have sin tur hver dag", "hunden skal have sin tur hver dag"),
    ],
)
def test_a_reason_opening_with_a_common_noun_keeps_no_capital(told, words):
    assert reason_frame(told, GOALS, "citizen")[1] == words


@pytest.mark.parametrize(
    ("told", "words"),
    [
        ("Karen er min datter og hun har brug for mig", "Karen er min datter"),
        ("Sten er min bror", "Sten er min bror"),
        ("Minh er mit barnebarn", "Minh er mit barnebarn"),
        ("Karen er min datter", "Karen er min datter"),
        ("Karl er min mand gennem 50 år", "Karl er min mand"),
        ("Lise er min nabo og hun er alene", "Lise er min nabo"),
    ],
)
def test_a_reason_opening_with_a_name_keeps_it(told, words):
    assert reason_frame(told, GOALS, "citizen")[1].startswith(words)
