"""A word typed without æøå and with one slip besides ("sovaerdet": sværdet, typed "svaerdet"
with an o too many): the restore table has no such typing, and the everyday slips
(spelling.Speller.slip) leave a word holding ae, oe or aa to the table. Read by the speller's
slip for an unknown word; the tables, the slips and their trust are the speller's."""

from __future__ import annotations

from collections.abc import Callable, Iterable

_MIN_TYPED = 6  # shortest typed word read so (the speller's MIN_NEAR)
_RARER = 10  # of two words, the one this many times as common wins (the speller's RARER)


def typed_slip(
    sp, lower: str, near: Iterable[str], trusted: Callable[[str, str], bool]
) -> str | None:
    """The one everyday word an unknown word is when one slip from its typing without æøå: a
    letter left out, one too many or two neighbours swapped ("sovaerdet" → "sværdet",
    "fortaelel" → "fortælle"); None for a short word, for two such words unless one is
    _RARER times as common, and when an everyday word as typed is one of them. `near`: the
    word's slips (spelling.slips); `trusted(lower, slip)`: whether a slip that plain is trusted."""
    if len(lower) < _MIN_TYPED or not lower.isalpha():
        return None
    found: dict[str, int] = {}
    for typed in near:
        word = sp.restore.get(typed, typed if typed in sp.common else None)
        if word is None or word not in sp.common or not trusted(lower, typed):
            continue
        found[word] = min(sp.common[word], found.get(word, sp.common[word]))
    ranked = sorted((rank, word) for word, rank in found.items())
    if not ranked or (len(ranked) > 1 and ranked[1][0] < _RARER * (ranked[0][0] + 1)):
        return None
    return ranked[0][1]
