"""A time said out of reach ("Nej, til jul når jeg ikke. Første marts.", "jeg kan ikke nå det
til jul, først til sommer", "jul er alt for tidligt, til påske"): when a later time follows in
the answer, the later one is meant, as a later time with "i stedet" after it is."""

from __future__ import annotations

from collections.abc import Sequence


def unreached(words: Sequence[str], start: int, end: int, lex) -> bool:
    """True for the time at [start, end) of lower-cased `words` whose clause says it cannot be
    reached: one of unreached_verbs and a negation in the clause, or one of unreached_phrases."""
    before = _side(words, range(start - 1, -1, -1), lex)[::-1]
    after = _side(words, range(end, len(words)), lex)
    clause = {*before, *after}
    if clause & lex.unreached_verbs and clause & lex.not_until_negations:
        return True
    return any(_holds(part, phrase) for part in (before, after) for phrase in lex.unreached_phrases)


def _side(words: Sequence[str], reach: range, lex) -> list[str]:
    """The words of the time's clause on one side, nearest first, up to unreached_reach words."""
    out = []
    for k in reach:
        w = words[k]
        if len(out) >= lex.unreached_reach or w in lex.unreached_ends:
            break
        if not any(c.isalnum() for c in w):
            break
        out.append(w)
    return out


def _holds(part: list[str], phrase: tuple[str, ...]) -> bool:
    """True when `phrase` stands in `part` word for word."""
    n = len(phrase)
    return any(tuple(part[k : k + n]) == phrase for k in range(len(part) - n + 1))
