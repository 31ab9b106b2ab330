"""A portable oxygen unit said as what it is ("min bærbare ilt", "den mobile ilt") is an aid,
the oxygen apparatus (fix round 35, blind129 Kurt), and the goal keeps the words said with its
possessive agreeing ("min bærbare ilt", not the "mit" of "mit iltapparat"); the bare gas ("ilt
hele døgnet", "med ilten") stays no aid."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze
from assistant.nlp.compose import _aid_phrase

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "said",
    [
        "med en sækkevogn og så min bærbare ilt og en klapstol",
        "jeg vil gerne til banko med den mobile ilt",
        "far vil gerne i kirke igen med sin transportable ilt paa hjul",
        "hun har en lille baerbar ilt hun kan tage med i bussen",
        "jeg vil gerne gaa tur med hunden med min baerbare ilt i en taske",
        "øh med min bærbar ilt ikk og så stokken",
    ],
)
def test_a_portable_oxygen_unit_is_an_aid(said):
    assert "iltapparat" in analyze(said, TODAY).aids


@pytest.mark.parametrize(
    "said",
    [
        "jeg har ilt hele døgnet og kan ikke gaa langt",
        "han vil gerne i haven igen men ilten skal med",
        "jeg bliver forpustet selv med ilten",
    ],
)
def test_the_oxygen_itself_is_no_aid(said):
    assert "iltapparat" not in analyze(said, TODAY).aids


@pytest.mark.parametrize(
    ("word", "phrase"),
    [
        ("bærbare ilt", "min bærbare ilt"),
        ("mobile ilt", "min mobile ilt"),
        ("iltapparat", "mit iltapparat"),
    ],
)
def test_the_aid_said_takes_the_possessive_of_its_own_noun(content, word, phrase):
    templates = content.goals
    phrases = templates.common.get("aid_phrases") or {}
    assert _aid_phrase("iltapparat", word, phrases, templates) == phrase
