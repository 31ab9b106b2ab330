"""West Jutland's article before a compound said apart ("i æ redskabs skur"): one noun in its
definite form (assistant/nlp/article_compound.py), and an e-noun's plural after it ("æ
masker": maskerne)."""

from __future__ import annotations

import pytest

from assistant.nlp import get_analyzer


def spelled(text: str) -> str:
    """The text as the lemma step reads it."""
    return " ".join(get_analyzer().nlp(text)._.hm_spelling)


@pytest.mark.parametrize(
    "said, fixed",
    [
        # a head with its linking s and a noun
        (
            "a vil gjan ned i æ redskabs skur igen",
            "jeg vil gerne ned i redskabsskuret igen",
        ),
        (
            "han spiller badminton i æ sports hal om tirsdagen",
            "han spiller badminton i sportshallen om tirsdagen",
        ),
        ("a vil ud i æ værksteds kælder og file", "jeg vil ud i værkstedskælderen og file"),
        # two words that join into a known word
        (
            "min far sidder helst ude i æ have skur",
            "min far sidder helst ude i haveskuret",
        ),
        (
            "a vil gjan ud og se min kone på æ pleje hjem",
            "jeg vil gerne ud og se min kone på plejehjemmet",
        ),
        (
            "a vil gjan ned te æ lystbåde havn og se på bådene",
            "jeg vil gerne ned til lystbådehavnen og se på bådene",
        ),
        ("hun bor nu på æ pleje hjemmet", "hun bor nu på plejehjemmet"),
    ],
)
def test_a_compound_said_apart_after_the_article_is_one_definite_noun(said, fixed):
    assert spelled(said) == fixed


@pytest.mark.parametrize(
    "said, fixed",
    [
        # an e-noun's plural the lemma table does not list takes the plural's definite form
        (
            "så æ masker er lige store og æ knuder holder",
            "så maskerne er lige store og knuderne holder",
        ),
        ("hun ka int bær æ kager ud", "hun kan ikke bære kagerne ud"),
    ],
)
def test_an_e_nouns_plural_after_the_article_is_definite_plural(said, fixed):
    assert spelled(said) == fixed


@pytest.mark.parametrize(
    "said, fixed",
    [
        # no compound: an adjective, a noun before its object, a noun before an adverb
        ("sammen mæ æ gamle kammerater", "sammen med de gamle kammerater"),
        ("a ka int løft æ venstre arm", "jeg kan ikke løfte den venstre arm"),
        ("a ska give æ hund mad", "jeg skal give hunden mad"),
        ("a vil gjan ned på æ havn igen", "jeg vil gerne ned på havnen igen"),
        ("a ka int kør æ bil hjem", "jeg kan ikke køre bilen hjem"),
    ],
)
def test_words_after_the_article_that_make_no_compound_stay_apart(said, fixed):
    assert spelled(said) == fixed
