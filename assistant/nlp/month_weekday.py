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
