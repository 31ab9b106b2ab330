"""A spoken list tail ("og det hele", "og alt det der", "og så videre": list_tail_phrases) said
after a list or a clause, where the list or clause ends: left out ("med uniform og ansigt og
det hele" → "med uniform og ansigt"). Where a "så" and its own subject follow, the tail marked
the end of the clause: the consequence gets its comma ("… og ansigt og det hele så man kan se
knapperne" → "… og ansigt, så man kan se knapperne"). A tail followed by a finite verb is the
clause's subject and stays ("og det hele skal skinne")."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def without_list_tails(words: list[str], g: Grammar) -> list[str]:
    """`words` without the spoken list tails that end a list or clause (see the module)."""
    if not g.list_tail_phrases:
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        n = _tail_at(words, i, g)
        if not n or not out or out[-1][-1:] in EDGE:
            out.append(words[i])
            i += 1
            continue
        last = words[i + n - 1]
        out[-1] += last[len(last.rstrip(EDGE)) :]
        i += n
        so = i + 1 < len(words) and _b(words[i]) == _b(g.so_word)
        if so and out[-1][-1:] not in EDGE and _b(words[i + 1]) in g.run_on_subjects:
            out[-1] += ","  # "… og det hele så man kan se knapperne": a consequence
    return out


def _tail_at(words: list[str], i: int, g: Grammar) -> int:
    """The length of a list tail that ends its list at i, or 0."""
    for phrase in g.list_tail_phrases:
        n = len(phrase)
        span = words[i : i + n]
        if len(span) < n or any(w[-1:] in EDGE for w in span[:-1]):
            continue
        if tuple(_b(w) for w in span) != phrase:
            continue
        if span[-1][-1:] in EDGE or i + n == len(words):
            return n
        after = _b(words[i + n])
        ends = g.main_joins | g.subordinators | g.when_leads | g.clause_joins
        if after in ends or after in g.run_on_subjects:
            return n
    return 0
