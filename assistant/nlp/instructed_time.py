"""A time the correction tells the writer to put down, over a time said beside it.

"Den 1. februar er for tidligt, jeg skal først til kontrol i slutningen af januar. Skriv den 1.
marts.": the excuse's "i slutningen af januar" comes first, but the instruction (time.yaml
`instruction_leads`, opening its clause) names the time meant. Only a time right after the lead
(up to `instruction_gap` words of `instruction_between`) counts; a bare month ("så skriv
marts") reads as led by `instruction_lead_in` ("til marts").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.content.time import TimeLexicon


def instructed_later(words: Sequence[str], end: int, find: Callable, lex: TimeLexicon):
    """The time right after an instruction lead that follows word `end` (`find(words)` reads
    the first time in a word list), with its span in `words`; else None."""
    if not lex.instruction_leads:
        return None
    for k in range(end, len(words)):
        n = _lead_at(words, k, lex)
        if not n or not _opens_clause(words, k, lex):
            continue
        at = k + n
        rest = list(words[at:])
        found = find(rest)
        if found is not None and _near(rest[: found.start], lex):
            return replace(found, start=found.start + at, end=found.end + at)
        for lead in lex.instruction_lead_in:  # "så skriv marts": read as "til marts"
            led = find([lead, *rest])
            if led is not None and led.start == 0 and led.end > 1:
                return replace(led, start=at, end=led.end - 1 + at)
    return None


def _near(between: Sequence[str], lex: TimeLexicon) -> bool:
    return len(between) <= lex.instruction_gap and all(
        w in lex.instruction_between for w in between
    )


def _lead_at(words: Sequence[str], k: int, lex: TimeLexicon) -> int:
    """The length of the longest instruction lead at k, else 0."""
    return max(
        (len(p) for p in lex.instruction_leads if tuple(words[k : k + len(p)]) == p), default=0
    )


def _opens_clause(words: Sequence[str], k: int, lex: TimeLexicon) -> bool:
    """True when only instruction_skip words stand between a mark (or the start) and k."""
    j = k - 1
    while j >= 0 and words[j] in lex.instruction_skip:
        j -= 1
    return j < 0 or not any(c.isalnum() for c in words[j])
