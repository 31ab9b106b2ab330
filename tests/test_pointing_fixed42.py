"""A pointing article and its word that are a fixed phrase ("lysestager og den slags", "og det
slags") stay as said in the goal: never folded into a definite noun ("slagsen"); a thing
pointed at at the phrase's end ("ind i det hæfte", "i det skab") still is. New sentences of
round 42."""

from __future__ import annotations

import pytest
from goal_corpus import check


@pytest.mark.parametrize(
    ("said", "relative", "kept"),
    [
        ("han vil gerne smede igen, lysestager og ildrager og den slags", True, "og den slags"),
        ("jeg vil gerne kunne ordne haven, klippe hæk og den slags", False, "og den slags"),
        ("øh jeg vil strikke, huer og sokker og den slags", False, "og den slags"),
        ("hun vil gerne kunne bage igen boller og kager og det slags", True, "og det slags"),
        ("jeg vil kunne reparere cykler og knallerter og den slags", False, "og den slags"),
    ],
)
def test_a_fixed_phrase_stays_as_said(said, relative, kept):
    c = check(said, relative)
    assert kept in c.goal and "slagsen" not in c.goal and "slagset" not in c.goal, c


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("jeg vil kunne rydde op i det skab", "i skabet"),
        ("jeg vil kunne skrive vægten ind i det hæfte", "i hæftet"),
    ],
)
def test_a_thing_pointed_at_is_still_definite(said, kept):
    c = check(said, False)
    assert kept in c.goal, c
