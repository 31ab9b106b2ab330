"""A work shift told with a role's word ("min kone har nattevagter på sygehuset", "han tager
aftenvagter"): the shift someone works, nobody named (people.yaml shift_words)."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.wordscan import skip_back


def shift_worked(words: Sequence[str], i: int, lex) -> bool:
    """True for a word of shift_words at `i` right after one of shift_verbs, words of shift_gap
    between ("har mange nattevagter"); "nattevagten kommer kl. 22" names a person."""
    if words[i] not in lex.shift_words:
        return False
    k = skip_back(words, i - 1, lex.shift_gap)
    return k >= 0 and words[k] in lex.shift_verbs
