"""Speed changes of fix round 42 that must not change what is read: the rather-than lead's
pre-check (not_just.without_rather_than) and the kept answers of Grammar.is_bare_infinitive."""

from __future__ import annotations

from dataclasses import replace

import pytest
from engine_support import CONTENT

from assistant.nlp.not_just import without_rather_than

LEX = CONTENT.lexicon
G = CONTENT.goals.grammar


@pytest.mark.parametrize(
    ("phrase", "kept"),
    [
        ("gå ned til købmanden selv end at bage", "gå ned til købmanden selv"),
        ("hellere cykle til byen i stedet for at tage bussen", "hellere cykle til byen"),
        ("spille kort med naboen fremfor at sidde og glo", "spille kort med naboen"),
    ],
)
def test_a_wish_set_against_another_deed_ends_before_the_lead(phrase, kept):
    assert without_rather_than(phrase, LEX, G) == kept


@pytest.mark.parametrize(
    "phrase",
    [
        "gå en tur med hunden hver dag",  # no lead at all: returned as it is
        "mere end bare sidde",  # a lead, but no deed of the wish's own before it
        "købe mere mælk end sidst",  # a lead, but no verb after it
        "",
    ],
)
def test_a_phrase_without_a_rather_than_stays(phrase):
    assert without_rather_than(phrase, LEX, G) == phrase


@pytest.mark.parametrize(
    ("word", "verb"),
    [("bære", True), ("vaske", True), ("uge", False), ("bærer", False), ("Bære,", True)],
)
def test_a_kept_infinitive_answer_is_the_same_answer(word, verb):
    assert G.is_bare_infinitive(word) is verb
    assert G.is_bare_infinitive(word) is verb  # the second answer is the kept one
    assert G._bare_infinitives[word] is verb


def test_a_replaced_grammar_keeps_its_own_infinitive_answers():
    G.is_bare_infinitive("bære")
    other = replace(G, lemma_forms={})
    assert other.is_bare_infinitive("bære") is False  # its own table, not G's answer
    assert G.is_bare_infinitive("bære") is True
