"""Fix round 46 (fE): the noun table gave nouns both genders when a verb of the same stem has a
participle or verbal noun ("stolet" of stole, "spejlen" of spejle), so a learner's "en lille
spejl" kept its wrong article. A noun entered as a noun only keeps the gender its own forms
give (nlp/nouns_build.noun_table with verbal_forms); a word entered as a verb, preposition or
adjective too ("sadle", "med", "fast") keeps its class as before, and no modal is read as a
noun subject ("kan spise …" never "kanen spiser …")."""

from __future__ import annotations

import json

import pytest

from assistant import CONTENT_ROOT
from assistant.content import get_content
from assistant.nlp.grammar import polish
from assistant.nlp.learner_articles import articles_agreeing
from assistant.nlp.nouns_build import noun_table

GRAMMAR = get_content("da").goals.grammar
NOUNS = json.loads((CONTENT_ROOT / "da" / "nlp" / "nouns.json").read_text("utf-8"))["nouns"]

MIRROR = {"spejl", "spejlet", "spejle", "spejlene", "spejlen", "spejler", "spejlede"}


def test_a_verbs_form_gives_a_noun_no_second_gender():
    table = noun_table(MIRROR, verbal=(frozenset({"spejlen"}), frozenset({"spejl"})))
    assert table["spejl"] == "et+"


def test_a_word_entered_as_more_than_a_noun_keeps_its_class():
    table = noun_table(MIRROR, verbal=(frozenset({"spejlen"}), frozenset()))
    assert table["spejl"] == "en|et+"


@pytest.mark.parametrize(
    ("word", "cls"), [("spejl", "et+"), ("stol", "en+"), ("bord", "et+"), ("gang", "en+")]
)
def test_the_shipped_table_gives_a_noun_its_one_gender(word, cls):
    assert NOUNS[word] == cls


@pytest.mark.parametrize("word", ["med", "fast", "sadle", "kan", "hele"])
def test_function_words_and_verbs_keep_their_class(word):
    assert "|" in NOUNS[word]


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("en lille spejl", "et lille spejl"),
        ("et høj stol", "en høj stol"),
        ("en bord", "et bord"),
        ("et spejl", "et spejl"),
        ("en stol", "en stol"),
    ],
)
def test_a_learners_article_agrees_with_its_noun(said, written):
    assert " ".join(articles_agreeing(said.split(), GRAMMAR)) == written


@pytest.mark.parametrize(
    "fine", ["kan spise min mad og selv ved bordet", "kan hælde kaffen op og ikke ved siden af"]
)
def test_a_modal_is_never_a_noun_subject(fine):
    assert polish(fine, GRAMMAR) == fine
