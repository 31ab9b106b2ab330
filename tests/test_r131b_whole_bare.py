"""A bare "hel" before a noun whose bare form is also a verb's ("time", "uge"), said with no
article as second-language Danish says it ("gå selv i vand hel time"): written "hele timen",
as "hel aftensmad" is "hele aftensmaden" (fix round 35, blind131 Sanela)."""

from __future__ import annotations

import pytest
from compose_support import GOALS

from assistant.nlp.grammar import bare_nouns_written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("jeg kan gå selv i vand hel time med damer", "hele timen"),
        ("han vil gå tur hel uge", "hele ugen"),
        ("jeg vil svømme hel time uden pause", "hele timen"),
        ("mor vil sidde i haven hel uge, det er dejligt", "hele ugen,"),
    ],
)
def test_a_bare_whole_before_a_noun_is_written_with_its_definite_form(said, written):
    words = bare_nouns_written(said.split(), GOALS.grammar)
    assert written in " ".join(words), words


@pytest.mark.parametrize("said", ["jeg kan sidde en hel time", "hun vil strikke en hel uge"])
def test_a_whole_with_its_article_stays(said):
    assert bare_nouns_written(said.split(), GOALS.grammar) == said.split()
