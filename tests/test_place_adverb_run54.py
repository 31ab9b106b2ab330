"""Fix round 54 (blind175 Mette): an adverb of where in a thing or an event that the noun table
lists too ("midt", "forrest", "bagest", "inderst") is no part of a compound said apart: "tage
min inhalator midt i" stays two words (never "min inhalatormidt i"), while nouns said apart
after a lead still join ("en ny skulder støtte": skulderstøtte). Through the real speller
(nlp/noun_run.py, spelling.yaml run_not_parts)."""

from __future__ import annotations

import pytest
from compose_support import spelled


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("uden at skulle tage min inhalator midt i", "min inhalator midt i"),  # Mette
        ("uden at skulle tage min inhalator midt i koncerten", "min inhalator midt i koncerten"),
        ("jeg vil tage min spray midt i sangen", "min spray midt i sangen"),
        ("jeg vil saette min stol forrest i kirken", "min stol forrest i kirken"),  # no æøå
        ("øh jeg ligger min pude bagest i bilen", "min pude bagest i bilen"),  # a filler
        ("han vil have sin rollator midt på gulvet", "sin rollator midt på gulvet"),  # a relative
        ("min rolator midt i stuen er i vejen", "min rollator midt i stuen"),  # a typo mended
    ],
)
def test_an_adverb_of_where_stays_apart_from_the_noun_before(said, kept):
    assert kept in spelled(said), spelled(said)


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("jeg har fået en ny skulder støtte", "skulderstøtte"),
        ("med en kul fiber bue", "kulfiberbue"),
        ("i gospel koret i kirken", "gospelkoret"),
    ],
)
def test_nouns_said_apart_still_join(said, joined):
    assert joined in spelled(said), spelled(said)
