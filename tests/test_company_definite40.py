"""A learner's group said bare after "med" ("tai chi i parken med gruppe", blind140 Wei) is the
known one, written definite like a role ("med gruppen", "med holdet"); an owned group and a
group said with its article stay as said."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.grammar import polish

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Jeg vil kunne lave tai chi igen i parken med gruppe i ti minutter.", "med gruppen i ti"),
        ("Jeg vil kunne træne med hold igen hver tirsdag.", "med holdet igen"),
        ("Jeg vil kunne gå tur med gruppe om lørdagen.", "med gruppen om"),
    ],
)
def test_a_group_said_bare_after_med_is_the_known_one(said, written):
    assert written in polish(said, G)


@pytest.mark.parametrize(
    "said",
    [
        "Jeg vil kunne gå tur med min gruppe om lørdagen.",
        "Jeg vil kunne træne med et hold igen.",
    ],
)
def test_an_owned_group_or_one_with_its_article_stays(said):
    assert polish(said, G) == said
