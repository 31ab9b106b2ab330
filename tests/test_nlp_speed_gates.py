"""Work skipped where it cannot find anything must find the same: the frequency kept per
utterance (quantities.find_frequency), the pair rules of fix_words not asked before a function
word, and the word_flags gates of help_ended and shaped_tools."""

from __future__ import annotations

import pytest

from assistant.nlp import get_analyzer
from assistant.nlp.clauses import shaped_tools
from assistant.nlp.help_ended import ended_help_spans
from assistant.nlp.quantities import find_frequency


def _words(said: str) -> list[str]:
    return said.split()  # the tokens of a sentence of words and spaces only


def _analyzer():
    return get_analyzer("da")  # one per process


def test_a_frequency_is_read_anew_when_the_same_list_changes() -> None:
    analyzer = _analyzer()
    lex = analyzer.lex
    words = _words("øh jeg vil gerne gå tur to gange om ugen")
    first = find_frequency(words, lex)
    assert first is not None and find_frequency(words, lex) == first
    words[5:] = _words("hver dag med min rollator")  # the very list, other words
    again = find_frequency(words, lex)
    assert again is not None and again != first
    assert find_frequency(_words("jeg går ikke tur"), lex) is None


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("hun vil gerne paa loppe markedet om lørdagen", "loppemarkedet"),  # an everyday word
        ("med sådan en kaffe kop til far", "kaffekop"),  # a tool's name after the first part
        ("vi kører ud til Svendborgsund broen", "Svendborgsundbroen"),  # a place's name
    ],
)
def test_split_compounds_still_join(said: str, joined: str) -> None:
    analyzer = _analyzer()
    texts, _said = analyzer.spelling.repair(said.split(), [True] * len(said.split()))
    assert joined in texts


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gerne gå på biblioteket med min søn",
        "far skal have hjælp til at komme op af stolen",
        "kasse til tøjet øh den står i gangen",
    ],
)
def test_words_before_a_function_word_stay_apart(said: str) -> None:
    analyzer = _analyzer()
    words = said.split()
    texts, _said = analyzer.spelling.repair(words, [True] * len(words))
    assert len(texts) == len(words)


def test_help_ended_needs_its_end_word() -> None:
    analyzer = _analyzer()
    lex = analyzer.lex
    said = _words("jeg klarer selv mit bad nu hjemmeplejen skal ikke komme mere for det")
    matches = [("selv", 2, 3)]
    assert ended_help_spans(said, matches, lex)
    without = _words("jeg klarer selv mit bad nu hjemmeplejen skal ikke komme for det")
    assert ended_help_spans(without, matches, lex) == ()


def test_shaped_tools_need_a_shape_word() -> None:
    analyzer = _analyzer()
    lex = analyzer.lex
    said = _words("jeg vil gerne vaske ryggen selv med sådan en lang børste")
    assert shaped_tools(said, lex)
    assert shaped_tools(_words("jeg vil gerne vaske ryggen selv med min børste"), lex) == []
