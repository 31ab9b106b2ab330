"""A weekday counted in a month ("den første lørdag i april", "sidste fredag i maj"): that day."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date, timedelta

from assistant.content.time import TimeLexicon

_WEEK = 7


def _nth_day(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The nth (1-5; -1 the last) weekday of a month, or None when the month has no such."""
    last = calendar.monthrange(year, month)[1]
    if nth < 0:
        end = date(year, month, last)
        return end - timedelta(days=(end.weekday() - weekday) % _WEEK)
    first = date(year, month, 1)
    found = first + timedelta(days=(weekday - first.weekday()) % _WEEK + _WEEK * (nth - 1))
    return found if found.month == month else None


def counted_weekday(
    words: Sequence[str], k: int, month: int, year: int | None, today: date, lex: TimeLexicon
) -> tuple[date, int] | None:
    """The day of "<ordinal> <weekday> <joiner> <month>" whose month stands at words[k] ("den
    første lørdag i april", "anden tirsdag i marts", "sidste søndag i maj"): (date, start) with
    start at the ordinal (or the "den" before it); this year, or next year once it is past
    (`year` when said). None when the words before the month say no counted weekday."""
    if k < 3 or words[k - 1] not in lex.month_weekday_joiners:
        return None
    weekday = lex.weekdays.get(words[k - 2])
    said = words[k - 3]
    nth = -1 if said in lex.month_weekday_last else lex.ordinals.get(said)
    if weekday is None or nth is None or not (nth == -1 or 1 <= nth <= 5):
        return None
    start = k - 3
    if start > 0 and (words[start - 1],) in lex.date_leads:
        start -= 1  # "den første lørdag i april"
    for y in (year,) if year else (today.year, today.year + 1):
        found = _nth_day(y, month, weekday, nth)
        if found is not None and (year or found >= today):
            return found, start
    return None


def restated_weekday(
    words: Sequence[str], end: int, month: int, year: int | None, today: date, lex: TimeLexicon
) -> tuple[date, int] | None:
    """The counted weekday of the same month said right after a month ("til marts, altså den
    første søndag i marts"): the later, exacter day meant, as (date, end after its month);
    only skip words (time.yaml stated_date_skip, at most stated_date_reach) between; None when
    none follows or it counts another month ("til marts, den første søndag i april")."""
    j = end
    while j < len(words) and j - end < lex.stated_date_reach and words[j] in lex.stated_date_skip:
        if (words[j],) in lex.date_leads:
            break  # "den første søndag": the lead is part of the day said
        j += 1
    for k in range(j + 3, min(j + 5, len(words))):
        if lex.months.get(words[k]) != month:
            continue
        counted = counted_weekday(words, k, month, year, today, lex)
        if counted is not None and counted[1] == j:
            return counted[0], k + 1
    return None
