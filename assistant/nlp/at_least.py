"""An amount said with "at least" before it ("i hvert fald et par gange om ugen", "i hvert fald
20 minutter"): the hedge is part of what the person asks of the goal, so the frequency's and
the measure's words as said keep it; elsewhere "i hvert fald" is a filler."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar, fold


def hedged(said: str | None, words: Sequence[str], texts: Sequence[str], start: int,
           g: Grammar) -> str | None:  # fmt: skip
    """`said` (the words of the amount that starts at `start`) with an amount hedge said right
    before it (amount_hedges), as said; `said` itself when none is."""
    if not said:
        return said
    for hedge in g.amount_hedges:
        k = start - len(hedge)
        if k >= 0 and tuple(fold(w) for w in words[k:start]) == hedge:
            return " ".join([*texts[k:start], said])
    return said
