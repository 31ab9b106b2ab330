"""A calendar period after "efter" names a time of the year, not an event that happened.

"når sæsonen starter igen efter vinterpausen den første marts", "efter sommerferien, den 10.
august", "efter jul den 2. januar": the words between the lead ("efter", one of
period_after_leads) and the date are a holiday, a season or a break (a word of period_heads or a
compound ending in one, split or joined: "vinter pausen", "juleferien"), so the date is when the
period ends, a date to reach; "efter min operation i august" stays a story told.
Digit ordinals ("den 1ste april", "d. 20ende maj") are read here too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.content.time import TimeLexicon

_DIGIT_ORDINAL = re.compile(r"^(\d{1,2})([^\W\d_]+)$")  # a day number and its letters
_HOLIDAY = ("date", "easter")
_MIN_STEM = 3  # letters a compound's first part has at least ("vinterpausen")


def calendar_period(words: Sequence[str], lead: int, start: int, lex: TimeLexicon) -> bool:
    """True when words[lead] is one of period_after_leads and every word up to `start` is a
    holiday, a season, a break word (period_heads or a compound ending in one) or a skip word."""
    if words[lead] not in lex.period_after_leads or start <= lead + 1:
        return False
    between = words[lead + 1 : start]
    named = False
    for word in between:
        if word in lex.after_alone_skip:
            continue
        if not _period_word(word, lex):
            return False
        named = True
    return named


def _period_word(word: str, lex: TimeLexicon) -> bool:
    if word in lex.seasons or word in lex.period_heads:
        return True
    if any(len(p) == 1 and r.kind in _HOLIDAY for p, r in lex.phrases.get(word, ())):
        return True  # "jul", "påske", "sommerferien"
    return any(
        word.endswith(head) and len(word) - len(head) >= _MIN_STEM for head in lex.period_heads
    )


def digit_ordinal(word: str, lex: TimeLexicon) -> int | None:
    """The day of a digit ordinal ("1ste", "2den", "20ende"), its ending one of
    ordinal_suffixes, or None."""
    m = _DIGIT_ORDINAL.match(word)
    if m and m[2] in lex.ordinal_suffixes and 1 <= int(m[1]) <= 31:
        return int(m[1])
    return None
