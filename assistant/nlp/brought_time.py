"""A time in the clause of something brought is when it comes, not a date to reach.

"Kommunen kommer med armlæn til toilettet på mandag", "Ergoterapeut kommer med et smørebræt
til ham næste uge", "de leverer den nye seng i næste uge": the visit or delivery is an
appointment; the goal's by-date is said elsewhere or not at all. "kommer med til koret på
tirsdag" (joins) and a wish between ("kommer med rollatoren, og jeg vil gå med den inden jul")
keep the time.
"""

from __future__ import annotations

from collections.abc import Sequence


def brought_time(words: Sequence[str], start: int, lex) -> bool:
    """True for a time at `start` in the clause of a finite bringing verb and its thing."""
    for k in range(start - 1, max(-1, start - 1 - lex.brought_reach), -1):
        w = words[k]
        if not any(c.isalnum() for c in w) or w in lex.event_wish_between:
            return False
        if w in lex.brought_verbs or w in lex.brought_direct_verbs:
            return _thing_after(words, k, start, lex)
    return False


def _thing_after(words: Sequence[str], verb: int, start: int, lex) -> bool:
    """True when a thing brought follows the verb at `verb` before the time."""
    k = verb + 1
    if k < start and words[k] in lex.brought_particles:
        k += 1  # "kommer ud med …"
    if words[verb] in lex.brought_verbs:
        if k >= start or words[k] not in lex.brought_leads:
            return False  # "kommer på tirsdag": a visit, read elsewhere
        k += 1
    return k < start and words[k].isalpha() and words[k] not in lex.brought_not_things
