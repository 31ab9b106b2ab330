"""One record per word for whole-utterance gates: which rule modules a word may wake.

Many rule modules walk every word of every utterance and find nothing in most of them ("en
speciel badedragt", "vinkelskeen": rare words). Such a module registers here a test of one word
(its form and lemma) that every word it could fire on passes; the tests of one (word, lemma)
are made once per process into one bit mask, an utterance's mask is the OR of its words' masks
(made once per utterance, for all the modules together), and a module whose bit the utterance
lacks returns at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import reduce
from operator import or_
from typing import Any

from assistant.nlp.memo import LastCall, Memo, once

WordTest = Callable[[str, str, Any], bool]  # (word, lemma, lexicon) → may the module fire here

_TESTS: list[tuple[str, WordTest]] = []
_LAST = LastCall()  # the mask of the utterance last asked for (its very lists)
_LAST_WORDS = LastCall()  # the same for word_bits


def register(name: str, test: WordTest) -> int:
    """Add a module's word test (at import time); return the bit it sets in a mask."""
    if any(known == name for known, _t in _TESTS):
        raise ValueError(f"word test {name!r} is registered twice")
    _TESTS.append((name, test))
    return 1 << (len(_TESTS) - 1)


def utterance_bits(words: Sequence[str], lemmas: Sequence[str], lex: Any) -> int:
    """The OR of the masks of an utterance's words: bit b set when a word passes test b."""
    return _LAST.get_or((words, lemmas, lex), _bits_of)


def word_bits(words: Sequence[str], lex: Any) -> int:
    """utterance_bits for a module that reads the words only: each test is asked with the word
    as its lemma too (register such tests to read the word alone)."""
    return _LAST_WORDS.get_or((words, lex), _word_bits_of)


def _word_bits_of(words: Sequence[str], lex: Any) -> int:
    return _bits_of(words, words, lex)  # each word its own lemma


def _bits_of(words: Sequence[str], lemmas: Sequence[str], lex: Any) -> int:
    # a test registered later makes a new memo: no mask made without it is read again
    memo = once(lex, f"word_flags_{len(_TESTS)}", lambda _lex: Memo())
    pairs = list(zip(words, lemmas, strict=True))
    masks = list(map(memo.get, pairs))  # every word's kept mask, read in one pass in C
    if None in masks:  # a word not met before
        for i, found in enumerate(masks):
            if found is None:
                masks[i] = memo.get_or(pairs[i], _word_bits, *pairs[i], lex)
    return reduce(or_, masks, 0)


def _word_bits(word: str, lemma: str, lex: Any) -> int:
    """The mask of one word: bit b for each test b it passes."""
    bits = 0
    for b, (_name, test) in enumerate(_TESTS):
        if test(word, lemma, lex):
            bits |= 1 << b
    return bits
