"""A vague time made exact by a date said right after it: one rule for every kind.

"til jul, altså 20. december", "Til april. Første april.", "i marts, den 15.", "til foråret
sådan til den første april", "om tre måneder, altså den 5. marts", "Til vinterferien. Den
starter lørdag den 13. februar.": a holiday, season, month, weekday or span, then a date with
only skip words (time.yaml `stated_date_skip`, `after_alone_skip`), a date lead said again, the
feast's own name between commas ("jul, Genna,") or a clause telling when it begins between, is
that date. Past a sentence end the date counts only said alone or told so; a date opening a
clause of the citizen's own ("den 3. juni skal jeg til lægen") is an appointment, while another's
("den 20. december kommer mine børn") is the occasion meant; after a month only a day
of that month refines it ("til april, det er 3. maj hun kommer" keeps April).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from datetime import date

from assistant.content.time import TimeLexicon

_SENTENCE_ENDS = frozenset(".!?;")
_APPOSITION = ","  # marks a name said beside a holiday ("jul, Genna,")
_DAY = re.compile(r"^(\d{1,2})(\.?)$")


def exact_after(
    words: Sequence[str],
    end: int,
    today: date,
    read: Callable[[int], tuple[date, int] | None],
    lex: TimeLexicon,
    month: int = 0,
):
    """The date said right after a vague time ending at `end`: (date, end) or None. `read(j)`
    reads a day and month (or a numeric date) at word j; with `month` (the vague time is that
    month) a bare day ("den 15.") is that month's and a date of another month is none; a day
    the month lacks raises ValueError."""
    skip = lex.stated_date_skip | lex.after_alone_skip
    j, crossed, named, told = end, False, 0, False
    while j < len(words) and j - end - named <= lex.stated_date_reach:
        w = words[j]
        if w[:1].isdigit() or w in lex.ordinals:
            found = read(j) or (_bare_day(words, j, today, lex, month) if month else None)
            if found is None or (month and found[0].month != month):
                return None  # "til april, det er 3. maj hun kommer": another matter
            stop = found[1]
            alone = stop >= len(words) or words[stop] in _SENTENCE_ENDS
            if crossed and not (alone or told) or _own_clause(words, stop, lex):
                return None  # "til jul. den 3. marts skal jeg til lægen": an appointment
            return found[0], stop
        if _apposed_name(words, j, end) and not named:
            named = 1  # "til vores jul, Genna, det er 7. januar": the feast's own name
        elif _start_told(words, j, end, lex):
            told, named = True, named + 1  # "Den starter lørdag den 13. februar."
        elif w not in skip and (w,) not in lex.date_leads:
            return None  # a lead said again is passed: "inden vinterferien ja inden den 12."
        crossed = crossed or w in _SENTENCE_ENDS
        j += 1
    return None


def feast_day_after(
    words: Sequence[str],
    end: int,
    first: date,
    holiday_at: Callable[[int], tuple[date, int] | None],
    lex: TimeLexicon,
):
    """The day of a feast said after a holiday ending at `end` whose date is `first` ("inden
    påske, børnebørnene kommer skærtorsdag": Maundy Thursday): (date, end) or None. Only the
    first holiday `holiday_at(j)` finds within feast_day_reach words of the sentence counts, at
    most feast_day_days before `first`; a clause of the citizen's own ("jeg skal til lægen
    skærtorsdag") is an errand, a holiday refused ("ikke til skærtorsdag") no day meant, and a
    day someone is off ("hjemmeplejen holder fri skærtorsdag") no occasion."""
    for j in range(end, min(len(words), end + lex.feast_day_reach + 1)):
        w = words[j]
        if w in _SENTENCE_ENDS or w in lex.exact_after_own_subjects or w in lex.refused_before:
            return None
        if w in lex.feast_day_off:
            return None  # "hjemmeplejen holder fri skærtorsdag": a day off, no occasion
        found = holiday_at(j)
        if found is None:
            continue
        days = (first - found[0]).days
        if not 0 < days <= lex.feast_day_days or _own_clause(words, found[1], lex):
            return None
        return found
    return None


def _bare_day(words: Sequence[str], j: int, today: date, lex: TimeLexicon, month: int):
    """A day said without its month after a month ("i april. Den 10.", "til marts, øh den
    femte"): (that day of the month, end) or None; never a weekday counted ("den første søndag")
    nor a day of another month."""
    day = lex.ordinals.get(words[j])
    stop = j + 1
    if day is None:
        m = _DAY.match(words[j])
        if not m:
            return None
        day = int(m[1])
        if not m[2] and stop < len(words) and words[stop] == ".":
            stop += 1
    elif stop < len(words) and words[stop] in lex.weekdays:
        return None  # "den første søndag i april": a weekday counted
    if stop < len(words) and words[stop] in lex.day_months:
        return None  # another month's day (read(j) took the same month's)
    if not 1 <= day <= 31:
        return None
    for year in (today.year, today.year + 1):
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day) >= today:
            return date(year, month, day), stop
    raise ValueError(day)  # "i februar den 30.": no such day, no deadline


def _own_clause(words: Sequence[str], k: int, lex: TimeLexicon) -> bool:
    """True when the date opens a clause of the citizen's own, a verb of exact_after_own_clause
    and the citizen as its subject right after it ("den 3. juni skal jeg til lægen"): an errand,
    not the vague time made exact. Another subject ("den 5. juni skal hun giftes") tells the
    occasion itself."""
    return (
        k + 1 < len(words)
        and words[k] in lex.exact_after_own_clause
        and words[k + 1] in lex.exact_after_own_subjects
    )


def _start_told(words: Sequence[str], j: int, end: int, lex: TimeLexicon) -> bool:
    """True for a word of the clause telling when the holiday ending at `end` begins: a
    stated_date_verbs verb right after a stated_date_subjects word ("Den starter …"), or a
    weekday or stated_date_free word after such a verb ("… starter på lørdag den 13.")."""
    if words[j] in lex.stated_date_verbs:
        return j > end and words[j - 1] in lex.stated_date_subjects
    told = any(
        words[k] in lex.stated_date_verbs and words[k - 1] in lex.stated_date_subjects
        for k in range(end + 1, j)
    )
    return told and (words[j] in lex.weekdays or words[j] in lex.stated_date_free)


def _apposed_name(words: Sequence[str], j: int, end: int) -> bool:
    """True for one word between commas right after a holiday ending at `end` ("jul, Genna,"):
    its name in another language, said beside it."""
    return (
        j == end + 1
        and words[end] == _APPOSITION
        and j + 1 < len(words)
        and words[j + 1] == _APPOSITION
        and words[j].isalpha()
    )
