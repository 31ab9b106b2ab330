"""A weekday said as what a thing got or made is for ("købe kød til weekenden", "bage en kage
til søndag"): no date to reach. Only after a lead of purpose_day_leads, with a verb of
purpose_day_verbs within purpose_day_reach words before it and at least one word (its object)
between; a fronted "til weekenden vil jeg …", "inden weekenden" and a thing said done by then
("færdige til weekenden", purpose_day_done) stay deadlines."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.time import TimeLexicon

_ENDS = frozenset({".", "!", "?", ";", ":", ","})


def purpose_day(words: Sequence[str], start: int, lex: TimeLexicon) -> bool:
    """True when the weekday expression starting at `start` is what a thing is for (see the
    module)."""
    if start < 2 or words[start] not in lex.purpose_day_leads:
        return False
    if words[start - 1] in lex.purpose_day_verbs or not words[start - 1].isalpha():
        return False  # "handle til weekenden": no thing between
    if words[start - 1] in lex.purpose_day_done:
        return False  # "have gardinerne færdige til weekenden": done by then
    for k in range(start - 2, max(-1, start - 2 - lex.purpose_day_reach), -1):
        if words[k] in _ENDS:
            return False
        if words[k] in lex.purpose_day_verbs:
            return True
    return False
