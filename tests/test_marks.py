"""marks.fragments_at: the one cut of a typed answer into fragments at its marks, shared by the
kin reason, the telegraphic answers and the states said in parts."""

from __future__ import annotations

from assistant.content.grammar import EDGE
from assistant.nlp.marks import fragments_at


def test_cut_after_a_closing_mark_words_as_said():
    words = ["æsken", "tom", "om", "aftenen.", "ingen", "glemt"]
    assert fragments_at(words, ".;,") == [["æsken", "tom", "om", "aftenen."], ["ingen", "glemt"]]


def test_stripped_words_and_a_lone_mark_left_out():
    text = "barnebarn . Australien. se hende."
    assert fragments_at(text.split(), ".,!?;", lambda w: w.strip(EDGE)) == [
        ["barnebarn"],
        ["Australien"],
        ["se", "hende"],
    ]


def test_a_mark_not_among_the_ends_cuts_nothing():
    text = "Skohorn, langt! rollator"
    assert fragments_at(text.split(), ".!?", lambda w: w.rstrip(EDGE)) == [
        ["Skohorn", "langt"],
        ["rollator"],
    ]


def test_no_words_no_fragments():
    assert fragments_at([], ".") == []
    assert fragments_at([".", ",", "."], ".,", lambda w: w.strip(EDGE)) == []
