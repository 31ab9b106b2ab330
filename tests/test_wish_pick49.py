"""A one-word answer's capital on a common noun the lemma table gives as a lemma ("Leverpostej.
Selv lave.") is written small inside the goal ("lave leverpostej"), as its inflected forms were
(fix round 49, blind163 Signe); names and words after a place lead keep theirs."""

from __future__ import annotations

import pytest
from compose_support import GOALS

from assistant.nlp.typed_capitals import common_words_small

_G = GOALS.grammar


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("jeg vil kunne lave Leverpostej selv", "lave leverpostej"),
        ("så jeg kan bage Rugbrød til min søster", "bage rugbrød"),
        ("jeg vil gerne strikke Sokker igen", "strikke sokker"),
    ],
)  # fmt: skip
def test_a_lemma_typed_with_a_capital_is_written_small(said, written):
    assert written in " ".join(common_words_small(said.split(), _G))


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil besøge min søster Rose",  # a name after a kin word
        "jeg vil handle i Netto igen",  # after a place lead
        "jeg vil gå med Per til havnen",  # a first name that is a word too
        "jeg vil tage toget til Skive",
    ],
)
def test_names_keep_their_capitals(said):
    assert " ".join(common_words_small(said.split(), _G)) == said
