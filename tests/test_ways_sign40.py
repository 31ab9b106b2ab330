"""A sign typed as fragments of ways ("op. langs stranden. ned. selv. film.", blind140 Uffe) is
one list after the wish's verb, "selv" before it and a noun whose verb is the noun with an "e"
as a deed after it: "selv flyve op, langs stranden og ned og filme"; fragments that are no ways
give no such sign (and are never glued raw)."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.telegraph import ways_as_sign

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("said", "verb", "sign"),
    [
        (
            "op. langs stranden. ned. selv. film.",
            "flyve",
            "selv flyve op, langs stranden og ned og filme",
        ),
        ("ned. hen til bænken. hjem.", "gå", "gå ned, hen til bænken og hjem"),
        ("ud. rundt om søen. hjem. selv.", "cykle", "selv cykle ud, rundt om søen og hjem"),
        ("op. ned.", "sejle", "sejle op og ned"),
        ("ud til fyret. tilbage. fisk.", "ro", "ro ud til fyret og tilbage og fiske"),
    ],
)
def test_ways_in_fragments_are_one_list_after_the_wishs_verb(said, verb, sign):
    assert ways_as_sign(said, verb, G) == sign


@pytest.mark.parametrize(
    ("said", "verb"),
    [
        ("kaffe. kage.", "bage"),  # no ways
        ("op. selv.", "gå"),  # one way only
        ("op. langs stranden. min søn hjælper.", "flyve"),  # a sentence of its own
        ("op. ned.", ""),  # no verb of the wish
    ],
)
def test_fragments_that_are_no_ways_give_no_sign(said, verb):
    assert ways_as_sign(said, verb, G) is None
