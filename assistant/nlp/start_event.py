"""The date of an event the goal starts after ("mor skal flytte den 1. april og når hun er
flyttet vil hun gerne …"): when the goal begins, no date to reach."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.time import TimeLexicon

_ENDS = frozenset(".!?;")  # a sentence's end


def started_after(words: Sequence[str], start: int, end: int, lex: TimeLexicon) -> bool:
    """True for the time words[start:end] said of the event a start clause follows ("skal flytte
    den 1. april og når hun er flyttet …") or inside a start clause that opens its sentence ("når
    jeg er flyttet den 1. maj vil jeg …"), with none of start_by_leads nor a wish word before it
    in its sentence ("inden hun flytter … den 1. april" is a date to reach) nor a lead of
    start_time_leads as its own ("til sommer når hun har fået kræfterne igen")."""
    if words[start] in lex.start_time_leads:
        return False  # "til sommer når hun har fået kræfterne igen": a by-date, its condition
    first = start
    while first > 0 and words[first - 1] not in _ENDS:
        first -= 1
    before = set(words[first:start])
    if before & lex.start_by_leads or before & lex.event_wish_between:
        return False
    if any(_start_clause(words, k, lex) for k in range(first, start)):
        return True  # "når jeg er flyttet den 1. maj vil jeg …"
    j = end
    while j < len(words) and j - end < lex.start_reach and words[j] in lex.start_skip:
        j += 1
    return _start_clause(words, j, lex)


def _start_clause(words: Sequence[str], k: int, lex: TimeLexicon) -> bool:
    """True for a start clause at words[k]: one of start_leads, "at" or the like (start_skip)
    at most, a subject (one of event_subjects, or an owner and its noun) and one of start_aux
    ("når hun er flyttet", "efter at han har fået", "når min mand kommer hjem")."""
    if k >= len(words) or words[k] not in lex.start_leads:
        return False
    j = k + 1
    if j < len(words) and words[j] in lex.start_skip and words[j] not in _ENDS:
        j += 1  # "efter at hun er flyttet"
    if j >= len(words) or words[j] not in lex.event_subjects:
        return False
    return any(w in lex.start_aux for w in words[j + 1 : j + 3])
