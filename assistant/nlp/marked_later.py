"""A later time marked as the deadline wins over an unmarked first one.

"Hun fylder 93 den 2. marts, så brevet skal af sted senest den 15. februar": the first date is
the occasion, the one led by a deadline mark (content/da/nlp/time.yaml `deadline_marks`) is
the date to reach. A first time with a mark in its own clause ("til hun fylder 89 den 14.
marts", "inden den 1. marts, for den 15. har hun fødselsdag") stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.content.time import TimeLexicon

__all__ = ["marked_later"]


def marked_later(
    words: Sequence[str], span: tuple[int, int], later: Callable, weak: Callable, lex: TimeLexicon
):
    """The time found by `later(end)` when it opens with a deadline mark and the first time
    (words[start:end] of `span`) has none in its clause; else None. A weekday or "i morgen"
    (`weak(k)` for a word in it) never wins over a date."""
    start, end = span
    if not lex.deadline_marks or _marked(words, start, lex):
        return None
    found = later(end)
    if found is None or words[found.start] not in lex.deadline_marks:
        return None
    return None if any(weak(k) for k in range(found.start, found.end)) else found


def _marked(words: Sequence[str], start: int, lex: TimeLexicon) -> bool:
    """True when a deadline mark leads the time (at `start`) or opens its clause ("til hun
    fylder 89 den 14. marts"); "vi skal til Mallorca den 20. juni" has none."""
    if words[start] in lex.deadline_marks:
        return True
    k = start
    while k > 0 and any(c.isalnum() for c in words[k - 1]):
        k -= 1
    return words[k] in lex.deadline_marks
