"""A new sign that is the goal's own with one thing said instead.

"En hel cykelkurv på to eftermiddage." said anew for the sign "flette en hel brødkurv færdig på
to eftermiddage, uden at ryggen gør ondt": every other word of the new sign is the old one's, in
its order, and the one new word is a noun where the old sign has a noun: the old sign stays
whole with that noun changed ("flette en hel cykelkurv færdig på to eftermiddage, uden at
ryggen gør ondt"), not cut to the words said anew.
"""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.yesno import normalise

_NOUN_LETTERS = 4  # letters of the shortest noun changed ("kurv"; "to", "tre" are numbers)
_LEAST = 3  # words of a new sign read as the old one with a noun changed ("en hel cykelkurv")


def noun_swapped(old: list[str], new: list[str], g: Grammar) -> list[str] | None:
    """The old sign's words with the one noun the new sign says instead (see the module);
    None when the new sign says more than that one word anew or no noun stands for it."""
    low_old, low_new = [normalise(w) for w in old], [normalise(w) for w in new]
    if len(low_new) < _LEAST or len(low_old) < len(low_new):
        return None
    fresh = [j for j, w in enumerate(low_new) if w not in low_old]
    if len(fresh) != 1 or not _thing(low_new[fresh[0]], g):
        return None
    j = fresh[0]
    for i, word in enumerate(low_old):
        if word in low_new or not _thing(word, g):
            continue
        if _in_order(low_new[:j], low_old[:i]) and _in_order(low_new[j + 1 :], low_old[i + 1 :]):
            out = list(old)
            said = new[j].strip(EDGE)
            said = said.lower() if j == 0 and old[i][:1].islower() else said
            out[i] = said + old[i][len(old[i].rstrip(EDGE)) :]
            return out
    return None


def _thing(word: str, g: Grammar) -> bool:
    """True for a noun of the noun table that is no number ("tre" is a tree there too) and no
    function word."""
    if len(word) < _NOUN_LETTERS or not word.isalpha():
        return False
    if word in g.range_numbers or word in g.function_words:
        return False
    return g.noun_class(word) is not None


def _in_order(words: list[str], within: list[str]) -> bool:
    """True when `words` stand in `within` in their order, maybe with others between."""
    it = iter(within)
    return all(any(w == v for v in it) for w in words)
