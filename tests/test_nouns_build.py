"""The noun table (content/da/nlp/nouns.json) from hunspell-da, and how the grammar reads it."""

from __future__ import annotations

import json

import pytest

from assistant import CONTENT_ROOT
from assistant.content import get_content
from assistant.nlp.nouns_build import noun_class, noun_table, places, verbal_forms
from assistant.nlp.spelling_build import cached_dictionary

GRAMMAR = get_content("da").goals.grammar

FORMS = {
    "trappe", "trappen", "trapper", "trapperne",  # a count noun, common gender, in -e
    "gelænder", "gelænderet", "gelænderne",  # neuter
    "stok", "stokken",  # a short stem's consonant doubled
    "mad", "maden",  # no definite plural: a mass noun
    "kælder", "kælderen", "kældrene",
    "vaskekælder", "vaskekælderen",  # read by its last part
    "gå", "går",  # no noun
}  # fmt: skip


@pytest.mark.parametrize(
    ("word", "ending"),
    [("trappe", "n+"), ("gelænder", "et+"), ("stok", "ken"), ("mad", "en"), ("gå", None)],
)
def test_a_nouns_class_is_its_definite_ending_and_whether_it_counts(word, ending):
    assert noun_class(word, FORMS) == ending


def test_a_compound_with_its_last_parts_ending_is_left_to_that_part():
    table = noun_table(FORMS)
    assert "vaskekælder" not in table
    assert table["kælder"] == "en"


@pytest.mark.parametrize(
    ("word", "definite"),
    [
        ("bager", "bageren"),
        ("hospital", "hospitalet"),
        ("vaskekælder", "vaskekælderen"),
        ("gelænder", "gelænderet"),
        ("hånd", "hånden"),
        ("søndag", "søndagen"),
    ],
)
def test_the_grammar_reads_a_bare_nouns_definite_form(word, definite):
    assert GRAMMAR.definite_singular(word) == definite


@pytest.mark.parametrize(("word", "article"), [("byrde", "en"), ("problem", "et")])
def test_the_grammar_reads_a_nouns_article(word, article):
    assert GRAMMAR.indefinite_article(word) == article


@pytest.mark.slow
def test_shipped_noun_table_is_current():
    """`assistant build-spelling` writes nouns.json beside spelling.json; re-run it when
    hunspell-da or the build code changes."""
    shipped = json.loads((CONTENT_ROOT / "da" / "nlp" / "nouns.json").read_text("utf-8"))
    assert shipped["language"] == "da"
    root = CONTENT_ROOT / "da"
    expected = noun_table(cached_dictionary().forms, places(root), verbal_forms(root))
    assert shipped["nouns"] == expected, "run build-spelling"
