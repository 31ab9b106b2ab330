"""Resolve the first Danish time expression of an utterance to a deadline date.

All words come from content/<lang>/nlp/time.yaml (parsed by assistant.content.time); this module
holds only the logic. `find_deadline` scans the words once, left to right, and returns
the first expression it can resolve; frequencies ("to gange om ugen") and personal dates
("inden min fødselsdag") are not deadlines and give None.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from assistant.content.time import Index, Phrase, Rule, TimeLexicon, load_time_lexicon
from assistant.nlp.brought_time import brought_time
from assistant.nlp.exact_after import exact_after, feast_day_after
from assistant.nlp.instructed_time import instructed_later
from assistant.nlp.marked_later import marked_later
from assistant.nlp.month_weekday import counted_weekday, restated_weekday
from assistant.nlp.period_lead import calendar_period, digit_ordinal
from assistant.nlp.purpose_day import purpose_day
from assistant.nlp.start_event import started_after
from assistant.nlp.unreached_time import unreached
from assistant.nlp.until_clause import not_until_time
from assistant.nlp.wordscan import skip_ahead

__all__ = ["DeadlineMatch", "TimeLexicon", "easter_sunday", "find_deadline", "load_time_lexicon"]

_DIGITS = re.compile(r"^(\d{1,4})(?:,(\d{1,3}))?$")
_HALF = re.compile(r"^(\d{0,3})½$")
_RANGE = re.compile(r"^(\d{1,3})[-–](\d{1,3})$")
_DAY = re.compile(r"^(\d{1,2})(\.?)$")
_DAY_MONTH_WORD = re.compile(r"^(\d{1,2})\.(\D+)$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}|\d{2}))?\.?$")
_YEAR = re.compile(r"^(?:19|20|21)\d\d$")
EVENT_WISH_REACH = 3  # words after "kunne jeg" searched for "(godt) tænke (mig)"
_MAX_MONTHS = 1200  # a century: anything longer is no deadline (and keeps dates in range)
_ISO_WEEKS = 53  # the most weeks an ISO year has ("uge 53")
_YEAR_MONTHS = 12  # a unit this long or longer counts the years of a habit


@dataclass(frozen=True)
class DeadlineMatch:
    """A resolved deadline and the word span [start, end) it was read from."""

    date: date
    start: int
    end: int


# ---------------------------------------------------------------- calendar


def easter_sunday(year: int) -> date:
    """Return Easter Sunday of a Gregorian year (anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _add_months(day: date, months: int) -> date:
    year, month0 = divmod(day.month - 1 + months, 12)
    year += day.year
    return date(year, month0 + 1, min(day.day, calendar.monthrange(year, month0 + 1)[1]))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _next_date(today: date, month: int, day: int) -> date | None:
    """The next month/day on or after today (29 February waits for a leap year)."""
    for year in range(today.year, today.year + 9):
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day) >= today:
            return date(year, month, day)
    return None


def _rule_date(rule: Rule, today: date) -> date | None:
    if rule.kind == "days":
        return today + timedelta(days=rule.value)
    if rule.kind == "months":
        return _add_months(today, rule.value)
    if rule.kind == "date":
        return _next_date(today, rule.month, rule.day)
    if rule.kind == "easter":
        for year in (today.year, today.year + 1):
            found = easter_sunday(year) + timedelta(days=rule.value)
            if found >= today:
                return found
        return None
    if rule.period == "week":
        return today + timedelta(days=6 - today.weekday() + 7 * rule.value)
    if rule.period == "month":
        first = _add_months(today.replace(day=1), rule.value)
        return _month_end(first.year, first.month)
    return date(today.year + rule.value, 12, 31)


# ---------------------------------------------------------------- word matching


def _at(index: Index, words: Sequence[str], i: int):
    """Longest phrase of `index` starting at words[i]: (end, value) or None."""
    candidates = index.get(words[i])
    if not candidates:
        return None
    n = len(words)
    for phrase, value in candidates:
        size = len(phrase)
        if size == 1:
            return i + 1, value
        if i + size <= n and words[i + 1] == phrase[1] and tuple(words[i : i + size]) == phrase:
            return i + size, value
    return None


def _lead(leads: dict[Phrase, str], words: Sequence[str], k: int, longest: int):
    """Longest lead-in of `leads` ending just before words[k]: (start, value) or None."""
    for n in range(min(longest, k), 0, -1):
        value = leads.get(tuple(words[k - n : k]))
        if value is not None:
            return k - n, value
    return None


def _plain_number(words: Sequence[str], i: int, lex: TimeLexicon):
    """A number at words[i] without ranges: (value, end) or None."""
    word = words[i]
    hit = _at(lex.numbers, words, i)
    if hit:
        return float(hit[1]), hit[0]
    if not word or not (word[0].isdigit() or word[0] == "½"):
        value = _word_range(word, lex) if "-" in word or "–" in word else None
        return (value, i + 1) if value is not None else None
    if m := _DIGITS.match(word):
        return float(f"{m[1]}.{m[2] or 0}"), i + 1
    if m := _HALF.match(word):
        return int(m[1] or 0) + 0.5, i + 1
    if m := _RANGE.match(word):
        return float(max(int(m[1]), int(m[2]))), i + 1
    return None


def _word_range(word: str, lex: TimeLexicon) -> float | None:
    """ "to-tre" (one token): the upper number, or None."""
    low, _, high = word.replace("–", "-").partition("-")
    values = [v for part in (low, high) for p, v in lex.numbers.get(part, ()) if len(p) == 1]
    return float(max(values)) if len(values) == 2 else None


_PRESENT_END = "r"  # a present-tense verb ("sover", "går")
_MAX_FILLERS = 2  # words such as "sådan en" between "om" and the number
_SPOKEN_RANGE = 2  # "to tre", "fire fem": neighbouring numbers said as a range
_SENTENCE_ENDS = frozenset(".!?;")  # a frequency word before one of these is another sentence's


def _number(words: Sequence[str], i: int, lex: TimeLexicon):
    """A number at words[i], with "og en halv" and ranges (upper bound): (value, end)."""
    found = _plain_number(words, i, lex)
    if not found:
        return None
    value, end = found
    if end < len(words) and (half := _at(lex.plus_half, words, end)):
        value, end = value + half[1], half[0]
    if end + 1 < len(words) and words[end] in lex.range_joiners:
        upper = _plain_number(words, end + 1, lex)
        if upper and upper[0] > value:
            value, end = upper
    elif (
        end < len(words)
        and (upper := _plain_number(words, end, lex))
        and 0 < upper[0] - value <= _SPOKEN_RANGE
    ):  # "om to tre måneder": a range said aloud
        value, end = upper
    return value, end


def _later_end(words: Sequence[str], i: int, value: float, unit, lex: TimeLexicon):
    """ "om en måned eller to (måneder)": the later end of a range said after the unit, as
    (value, end), or None ("om en uge eller to måneder" is no range)."""
    upper = _plain_number(words, i, lex)
    if not upper or upper[0] <= value:
        return None
    n, end = upper
    after = lex.units.get(words[end]) if end < len(words) else None
    if after is None:
        return n, end
    return (n, end + 1) if after == unit else None


def _relative(words: Sequence[str], i: int, today: date, lex: TimeLexicon):
    """ "om N uger", "inden for N måneder", "N dage fra nu": (date, start, end) or None."""
    found = _number(words, i, lex)
    if not found or found[1] >= len(words):
        return None
    value, end = found
    unit = lex.units.get(words[end])
    if unit is None:
        return None
    end += 1
    if end + 1 < len(words) and words[end] in lex.range_joiners:
        value, end = _later_end(words, end + 1, value, unit, lex) or (value, end)
    if end < len(words) and words[end] in lex.unit_tails:
        end += 1
    lead = _lead(lex.relative_leads, words, i, lex.max_lead)
    k = i
    while not lead and k > 0 and i - k < _MAX_FILLERS and words[k - 1] in lex.fillers:
        k -= 1  # "om sådan en seks otte uger", "om ca 3 uger"
        lead = _lead(lex.relative_leads, words, k, lex.max_lead)
    start = lead[0] if lead else i
    if not lead:
        follow = _at(lex.relative_follows, words, end) if end < len(words) else None
        if not follow:
            return None
        end = follow[0]
    if unit.days:
        days = round(value * unit.days)
        return (today + timedelta(days=days), start, end) if days <= 36600 else None
    months = value * unit.months
    if months > _MAX_MONTHS:
        return None
    whole = int(months)
    return _add_months(today, whole) + timedelta(days=round((months - whole) * 30)), start, end


def _year_after(words: Sequence[str], end: int) -> int | None:
    if end < len(words) and _YEAR.match(words[end]):
        return int(words[end])
    return None


def _day_month(words: Sequence[str], i: int, today: date, lex: TimeLexicon):
    """ "1. marts", "1 . marts", "den første marts", "15 april 2027": (date, end) or None."""
    word = words[i]
    spelled = lex.ordinals.get(word) or digit_ordinal(word, lex)  # "første", "1ste"
    day = spelled
    end = i + 1
    if day is None:
        if m := _DAY_MONTH_WORD.match(word):
            day, month = int(m[1]), lex.day_months.get(m[2])
            return _explicit(today, day, month, _year_after(words, end), end)
        m = _DAY.match(word)
        if not m:
            return None
        day = int(m[1])
        if not m[2] and end < len(words) and words[end] == ".":
            end += 1
    if end >= len(words):
        return None
    # an abbreviation only after a day number ("1. jul"); after a spelled ordinal a month's
    # name ("den første juli"), never a word an abbreviation shares ("min første jul": Christmas)
    months = lex.months if spelled else lex.day_months
    month = months.get(words[end])
    end += 1
    if end < len(words) and words[end] == "." and words[end - 1][-1:] != ".":
        end += 1  # "1. jan ." after an abbreviation
    return _explicit(today, day, month, _year_after(words, end), end)


def _explicit(today: date, day: int, month: int | None, year: int | None, end: int):
    if month is None or not 1 <= day <= 31:
        return None
    if year is not None:
        if day > calendar.monthrange(year, month)[1]:
            return None
        return date(year, month, day), end + 1
    found = _next_date(today, month, day)
    return (found, end) if found else None


def _numeric(words: Sequence[str], i: int, today: date, lex: TimeLexicon, has_lead: bool):
    """ "2027-01-31", "31.12.2026", "31/12", "1.3.": (date, end) or None."""
    word = words[i]
    if m := _ISO.match(word):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := _NUMERIC.match(word):
        day, sep, month = int(m[1]), m[2], int(m[3])
        if m[4] is None:
            if sep == "-" or (i + 1 < len(words) and words[i + 1] in lex.units):
                return None  # "3-4 uger" is a range
            if sep == "/" and not has_lead and day < month <= 4:
                return None  # "1/2 time" is a fraction
            year = None
        else:
            year = int(m[4]) + (2000 if len(m[4]) == 2 else 0)
    else:
        return None
    if not 1 <= month <= 12:
        return None
    if year is None:
        found = _next_date(today, month, day) if day >= 1 else None
        return (found, i + 1) if found else None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day), i + 1


def _blocked(words: Sequence[str], k: int, lex: TimeLexicon) -> bool:
    return k > 0 and words[k - 1] in lex.blockers


def _named(words: Sequence[str], k: int, today: date, lex: TimeLexicon):
    """A month, season or weekday after its lead-in: (date, start, end) or None."""
    word = words[k]
    if _blocked(words, k, lex):
        return None
    if (month := lex.months.get(word)) is not None:
        lead = _lead(lex.month_leads, words, k, lex.max_lead)
        if not lead:
            return None
        year = _year_after(words, k + 1)
        pick = {"start": 1, "middle": 15}.get(lead[1])
        end = k + 2 if year else k + 1
        counted = counted_weekday(words, k, month, year, today, lex)
        if counted is not None:  # "den første lørdag i april": that Saturday
            return counted[0], counted[1], end
        if restated := restated_weekday(words, end, month, year, today, lex):
            return restated[0], lead[0], restated[1]  # "til marts altså den første søndag i marts"
        if not year and (named_day := _exact_after(words, end, today, lex, month)):
            return named_day[0], lead[0], named_day[1]  # "Til april. Første april.": that day
        if over := next((p for p in lex.month_over if tuple(words[end : end + len(p)]) == p), None):
            pick, end = None, end + len(over)  # "inden februar er omme": its last day

        def on(y: int) -> date:
            return date(y, month, pick or calendar.monthrange(y, month)[1])

        found = on(year or today.year)
        if year is None and found < today:
            found = on(today.year + 1)
        return found, lead[0], end
    if word in lex.week_words:
        return _week(words, k, today, lex)
    if (season := lex.seasons.get(word)) is not None:
        lead = _lead(lex.season_leads, words, k, lex.max_lead)
        if not lead:
            return None
        inside = (today.month - season.first) % 12 <= (season.last - season.first) % 12
        if inside and any(tuple(words[k + 1 : k + 1 + len(p)]) == p for p in lex.season_arrivals):
            return None  # "inden vinteren for alvor kommer" said in the winter: it has come
        if inside and lead[1] == "this":
            year = today.year + (season.last < today.month)
            end = _month_end(year, season.last)
            if (end - today).days >= lex.season_min_days_left:
                return end, lead[0], k + 1
            # the season is nearly over: "til efteråret" on 22 November means next autumn
        return _next_date(today + timedelta(days=1), season.first, 1), lead[0], k + 1
    if (weekday := lex.weekdays.get(word)) is not None:
        lead = _lead(lex.weekday_leads, words, k, lex.max_lead)
        if not lead:
            return None
        if lead[0] > 0 and words[lead[0] - 1] in lex.weekdays:
            return None  # "mandag til torsdag": a range of days each week, no date
        ahead = (weekday - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead), lead[0], k + 1
    return None


def _week(words: Sequence[str], k: int, today: date, lex: TimeLexicon):
    """A week by its number after a month's lead ("i uge 24", "inden uge 7"): (its Sunday,
    Monday or Thursday by the lead, start, end) this year, or next year once it is past."""
    lead = _lead(lex.month_leads, words, k, lex.max_lead)
    said = _week_number(words, k + 1, lex) if lead else None
    if said is None:
        return None
    number, end = said
    day = {"start": 1, "middle": 4}.get(lead[1], 7)
    for year in (today.year, today.year + 1):
        if number > date(year, 12, 28).isocalendar()[1]:
            continue  # week 53 only in a long year
        found = date.fromisocalendar(year, number, day)
        if found >= today:
            return found, lead[0], end
    return None


def _week_number(words: Sequence[str], i: int, lex: TimeLexicon) -> tuple[int, int] | None:
    """A week's number at words[i]: digits, the digits that end a sentence ("i uge 7. Han vil
    …", one token) or a number word ("i uge syv"), not a count of times ("uge to gange"):
    (number, end) or None."""
    if i >= len(words):
        return None  # "… hver uge" at the end: no number
    word = words[i]
    if word[:-1].isdigit() and word[-1:] == ".":
        value, end = float(word[:-1]), i + 1
    elif found := _plain_number(words, i, lex):
        value, end = found
    else:
        return None
    if end < len(words) and words[end] in lex.count_words:
        return None  # "hver uge to gange": how often, no week
    if value != int(value) or not 1 <= value <= _ISO_WEEKS:
        return None
    return int(value), end


def _other_calendar(words: Sequence[str], i: int, lex: TimeLexicon) -> bool:
    """True for a holiday of another calendar: "vietnamesisk nytår", "det kinesiske nytår"."""
    if i == 0:
        return False
    before = words[i - 1]
    return before in lex.other_calendar_words or before.endswith(lex.other_calendar_endings)


def _at_position(words: Sequence[str], i: int, today: date, lex: TimeLexicon):
    """The expression whose core word is words[i]: (date, start, end) or None; a holiday,
    season, weekday or span followed by a day and month ("i vinterferien, den 13. februar",
    "om tre måneder, altså den 5. marts") is that exact day."""
    found = _core_at_position(words, i, today, lex)
    exact = found and found[0] is not None and not _exact_core(words[i], lex)
    if exact and (day := _exact_after(words, found[2], today, lex)):
        return day[0], found[1], day[1]
    return found


def _exact_after(words: Sequence[str], end: int, today: date, lex: TimeLexicon, month: int = 0):
    """The date said right after a vague time ending at `end` (nlp/exact_after.py): (date,
    end) or None."""

    def read(j: int):
        return _numeric(words, j, today, lex, True) or _day_month(words, j, today, lex)

    return exact_after(words, end, today, read, lex, month)


def _feast_day(words: Sequence[str], end: int, first: date, today: date, lex: TimeLexicon):
    """The day of the feast said after a holiday ending at `end` (nlp/exact_after.py): (date,
    end) or None."""

    def holiday_at(j: int):
        hit = _at(lex.phrases, words, j)
        if not hit or hit[1].kind not in ("date", "easter") or _blocked(words, j, lex):
            return None
        found = _rule_date(hit[1], today)
        return (found, hit[0]) if found else None

    return feast_day_after(words, end, first, holiday_at, lex)


def _exact_core(word: str, lex: TimeLexicon) -> bool:
    return word[:1].isdigit() or word in lex.ordinals or word in lex.months


def _core_at_position(words: Sequence[str], i: int, today: date, lex: TimeLexicon):
    """The expression whose core word is words[i], as it stands: (date, start, end) or None."""
    hit = _at(lex.phrases, words, i)
    if hit:
        rule: Rule = hit[1]
        if rule.kind in ("date", "easter"):
            if _blocked(words, i, lex) or _other_calendar(words, i, lex):
                return None
            if i > 0 and words[i - 1] in lex.ordinals:
                return None  # "min første jul uden ham": which of them it is, no date to reach
            lead = _lead(lex.date_leads, words, i, lex.max_lead)
            start = lead[0] if lead else i
            if stated := _exact_after(words, hit[0], today, lex):
                return stated[0], start, stated[1]  # "til jul, altså 20. december"
        else:
            start = i
        found = _rule_date(rule, today)
        if (
            found
            and rule.kind in ("date", "easter")
            and (day := _feast_day(words, hit[0], found, today, lex))
        ):
            return day[0], start, day[1]  # "inden påske, børnebørnene kommer skærtorsdag"
        return (found, start, hit[0]) if found else None
    word = words[i]
    if word[:1].isdigit() or word in lex.ordinals:
        lead = _lead(lex.date_leads, words, i, lex.max_lead)
        start = lead[0] if lead else i
        if found := _numeric(words, i, today, lex, lead is not None):
            return found[0], start, found[1]
        if found := _day_month(words, i, today, lex):
            return found[0], start, found[1]
    if found := _relative(words, i, today, lex):
        return found
    return _named(words, i, today, lex)


def find_deadline(
    words: Sequence[str], today: date, lex: TimeLexicon, in_reason=None
) -> DeadlineMatch | None:
    """Return the first time expression in lower-cased `words` resolved against today.

    Weekdays and "i morgen" count only when no other expression is found. With `in_reason`
    (token index → inside a purpose clause), a date in the reason ("så jeg kan komme til
    brylluppet den 12. juni") counts only when no date stands outside it, and a weekday or
    "i morgen" there never does ("så jeg kan nå bussen på tirsdag" is an appointment).
    """
    if (alone := _after_alone(words, today, lex)) is not None:
        return alone
    triggers = lex.triggers
    fallback = reason = None
    told_to = 0
    for i, word in enumerate(words):
        if i < told_to:
            continue
        if word not in triggers and not word[:1].isdigit() and "-" not in word and "½" not in word:
            continue
        try:
            found = _at_position(words, i, today, lex)
        except (OverflowError, ValueError):  # a date beyond the calendar: no deadline
            found = None
        refused = found and found[1] > 0 and words[found[1] - 1] in lex.refused_before
        if refused:  # "nej ikke om et par måneder, … først til sommer": that date is refused
            continue
        if found and words[i] in lex.weekdays and _habit_day(words, found[1], lex):
            continue  # "hver morgen, også i weekenden": when the habit happens
        if found and words[i] in lex.weekdays and purpose_day(words, found[1], lex):
            continue  # "købe kød til weekenden": what the meat is for
        if found and found[0] is not None and _refused_time(words, found[1], lex):
            continue  # "vil ikke med til julefrokosten i år": when the refused thing is
        if found and found[0] is not None and _contrasted_time(words, found[1], lex):
            continue  # "i stedet for kun til jul": the habit set aside
        if found and found[0] is not None and not_until_time(words, found[1], lex):
            continue  # "kan ikke … før lyset kommer igen i marts": when the trouble ends
        if found and found[0] is not None and brought_time(words, found[1], lex):
            continue  # "ergoterapeuten kommer med et smørebræt næste uge": an appointment
        if found and found[0] is not None and started_after(words, found[1], found[2], lex):
            continue  # "skal flytte den 1. april og når hun er flyttet …": when the goal begins
        if found and found[0] is not None and _told_event(words, i, today, found, lex):
            told_to = found[2]  # "tre gange i denne uge": not read again from "denne"
            continue
        if found and found[0] is not None:
            match = _next_year(words, i, today, lex, found)
            if lex.horizon_days and (match.date - today).days > lex.horizon_days:
                continue  # "efter 40 år som bager": a career told, no date to reach
            if in_reason is not None and in_reason(i):
                if not _weak(words, i, lex):
                    reason = reason or match
            elif not _weak(words, i, lex):
                if unreached(words, found[1], found[2], lex) and (
                    later := _later(words, found[2], today, lex, in_reason)
                ):
                    return later  # "Nej, til jul når jeg ikke. Første marts."
                return (
                    _preferred_later(words, found[2], today, lex)
                    # "… i slutningen af januar. Skriv den 1. marts.": the instruction's time
                    or instructed_later(
                        words, found[2], lambda rest: find_deadline(rest, today, lex), lex
                    )
                    or marked_later(
                        words,
                        found[1:],
                        lambda end: _later(words, end, today, lex, in_reason),
                        lambda k: _weak(words, k, lex),
                        lex,
                    )
                    or match
                )
            else:
                fallback = fallback or match
    return reason or fallback


def _later(words: Sequence[str], end: int, today: date, lex: TimeLexicon, in_reason):
    """The deadline said after word `end`, with its span in the whole of `words`, or None."""
    shifted = in_reason and (lambda k: in_reason(k + end))
    later = find_deadline(words[end:], today, lex, shifted)
    return later and DeadlineMatch(later.date, later.start + end, later.end + end)


def _preferred_later(
    words: Sequence[str], after: int, today: date, lex: TimeLexicon
) -> DeadlineMatch | None:
    """A time said after `after` with "i stedet" right after it ("nej, til jul, det når jeg
    aldrig … skriv første marts i stedet"): the time meant; not one a contrast lead ("i stedet
    for") sets aside. Most deadlines have no such word after them: those are passed at once."""
    if not any(lead[-1] in words[after:] for lead in lex.preferred_after):
        return None
    for j in range(after, len(words)):
        if words[j] not in lex.triggers and not words[j][:1].isdigit():
            continue
        try:
            found = _at_position(words, j, today, lex)
        except (OverflowError, ValueError):
            continue
        if not found or found[0] is None:
            continue
        end = found[2]
        if any(tuple(words[end : end + len(c)]) == c for c in lex.contrast_leads):
            continue  # "til jul i stedet for til påske": the later one is set aside
        if any(tuple(words[end : end + len(lead)]) == lead for lead in lex.preferred_after):
            return _next_year(words, j, today, lex, found)
    return None


def _after_alone(words: Sequence[str], today: date, lex: TimeLexicon) -> DeadlineMatch | None:
    """ "efter sommerferien", "efter vinteren" said alone: the end of the month after it ends."""
    kept = [i for i, w in enumerate(words) if w not in lex.after_alone_skip]
    if len(kept) < 2 or words[kept[0]] not in lex.after_alone_leads:
        return None
    rest = [words[i] for i in kept[1:]]
    hit = _at(lex.phrases, rest, 0)
    if hit and hit[0] == len(rest) and hit[1].kind in ("date", "easter"):
        found = _rule_date(hit[1], today)
        if found is None:
            return None
        ends = found + timedelta(days=hit[1].lasts)
    elif len(rest) == 1 and (season := lex.seasons.get(rest[0])) is not None:
        ends = _month_end(today.year + (season.last < today.month), season.last)
    else:
        return None
    month = _add_months(ends.replace(day=1), lex.after_alone_months)
    return DeadlineMatch(_month_end(month.year, month.month), kept[0], kept[-1] + 1)


def _refused_time(words: Sequence[str], start: int, lex: TimeLexicon) -> bool:
    """True for a time in the clause of a refusal said before it ("far vil ikke med til
    julefrokosten hos min bror i år"), with no wish word between ("vil ikke vente, vil gerne
    inden jul" keeps its date)."""
    for k in range(start - 1, max(-1, start - 1 - lex.refusal_reach), -1):
        w = words[k]
        if w in lex.refusal_ends or not any(c.isalnum() for c in w):
            return False
        for lead in lex.refusal_leads:
            if lead and lead[0] != w:
                continue  # the lead's first word is not this one (most leads)
            if tuple(words[k : k + len(lead)]) == lead:
                return not set(words[k + len(lead) : start]) & lex.event_wish_between
    return False


def _contrasted_time(words: Sequence[str], start: int, lex: TimeLexicon) -> bool:
    """True for a time said right after a contrast lead ("se dem hver anden uge i stedet for
    kun til jul"), with only skip words between: the present habit or the plan set aside."""
    k = start
    while k > 0 and words[k - 1] in lex.contrast_skip:
        k -= 1
    return any(
        k >= len(lead) and tuple(words[k - len(lead) : k]) == lead for lead in lex.contrast_leads
    )


def _habit_day(words: Sequence[str], start: int, lex: TimeLexicon) -> bool:
    """True for a weekday said after a frequency word in its sentence ("hver morgen, også i
    weekenden", "to gange om ugen, gerne på lørdag") or right after a word of habit_day_only
    ("min søn kommer kun i weekenden"): when a habit happens, no date to reach."""
    if start > 0 and words[start - 1] in lex.habit_day_only:
        return True
    for k in range(start - 1, max(-1, start - 1 - lex.habit_day_reach), -1):
        w = words[k]
        if w in _SENTENCE_ENDS:
            return False
        if w in lex.habit_day_words:
            return True
    return False


def _told_event(words: Sequence[str], i: int, today: date, found, lex: TimeLexicon) -> bool:
    """True for the time of something that happened (_event_time), never for a span ahead said
    with its lead-in ("om tolv uger sagde hun fra kommunen": the deadline she was told)."""
    if not _event_time(words, found[1], found[2], lex):
        return False  # (most times: the span ahead need not be read again)
    if _count_span(words, found[1], lex):
        return True  # "har skåret mig tre gange i denne uge": the span the count falls in
    ahead = _relative(words, i, today, lex)
    return not (
        ahead is not None and ahead[1:] == found[1:] and words[ahead[1]] not in lex.story_span_leads
    )


def _count_span(words: Sequence[str], start: int, lex: TimeLexicon) -> bool:
    """True for a time said right after a count ("to gange i år", "tre gange i denne uge"), its
    lead before a holiday's name ("to gange i efterårsferien")."""
    if start > 1 and words[start - 1] in lex.count_span_leads:
        return words[start - 2] in lex.count_words
    lead = start > 0 and words[start] in lex.count_span_leads
    return lead and words[start - 1] in lex.count_words


def _habit_span(words: Sequence[str], end: int, lex: TimeLexicon) -> bool:
    """True for a time followed by the years a habit has lasted ("juleaften i halvtreds år",
    "til jul i over 40 år", "nytårsaften i mange år"), never "til jul i år"."""
    if end >= len(words) or words[end] not in lex.habit_span_leads:
        return False
    k = skip_ahead(words, end + 1, lex.habit_span_skip)
    if k < len(words) and words[k] in lex.habit_span_counts:
        k += 1
    elif found := (_plain_number(words, k, lex) if k < len(words) else None):
        k = found[1]
    else:
        return False
    unit = lex.units.get(words[k]) if k < len(words) else None
    return unit is not None and unit.months >= _YEAR_MONTHS


def _event_time(words: Sequence[str], start: int, end: int, lex: TimeLexicon) -> bool:
    """True for the time of something that happened: "efter min operation i august", "jeg kom
    på sygehuset i foråret", "i maj glemte jeg min medicin", "til jul sidste år"."""
    if end < len(words) and _at(lex.last_year, words, end):
        return True
    if _count_span(words, start, lex):
        return True  # "har bakket ind i carporten to gange i år": the span a count falls in
    if _habit_span(words, end, lex):
        return True  # "jeg har lavet and juleaften i halvtreds år": a habit of years told
    if _story_verb(words, start, lex):
        return True  # "han var lige ved at falde i vinterferien"
    if (
        end > start
        and words[end - 1] in lex.weekdays
        and end + 1 < len(words)
        and words[end].endswith(_PRESENT_END)
        and words[end] not in lex.habit_not_verbs
        and words[end + 1] in lex.event_subjects
    ):
        return True  # "i weekenden sover jeg længe": what one does then, no date to reach
    if (
        end + 1 < len(words)
        and words[end] in lex.event_after
        and words[end + 1] in lex.event_subjects
        and not set(words[end + 2 : end + 2 + EVENT_WISH_REACH]) & lex.event_not_wished
    ):
        return True  # not "til sommer kunne jeg godt tænke mig …": a wish
    near = start - lex.event_reach
    lo = max(0, min(near, start - lex.event_perfect_reach))
    for k in range(start - 1, lo - 1, -1):  # the same sentence and clause only
        if not any(c.isalnum() for c in words[k]) or words[k] in lex.event_clause_ends:
            lo = k + 1
            break
    first = start  # the sentence's first word
    while first > 0 and any(c.isalnum() for c in words[first - 1]):
        first -= 1
    wished_result = next(
        (
            h
            for h in range(first + 1, start)
            if words[h] in lex.result_aux and words[h - 1] in lex.result_aux_after
        ),
        None,
    )
    told = words[first] not in lex.event_result_leads  # "at jeg har gjort det …": a sign
    leads = lex.event_leads | lex.event_told_participles if told else lex.event_leads
    if words[start] in lex.start_by_leads:  # "efter aftensmaden inden jul": when in the day
        leads = leads - lex.event_leads_not_by
    return any(
        w in leads
        # farther back only a perfect ("har fået den der el-scooter af kommunen i oktober")
        and (k >= near or (k > 0 and words[k - 1] in lex.event_perfect_aux))
        and not (k > 0 and words[k - 1] in lex.event_not_after)
        # "vil gerne have … fået smidt flaskerne ud inden jul": a result to reach by then
        and not (wished_result is not None and wished_result < k)
        # "… efter covid og gerne inden for et halvt år": a wish between, the time is wished
        and not set(words[k + 1 : start]) & lex.event_wish_between
        # "efter vinterpausen den første marts": when the break ends, a date to reach
        and not calendar_period(words, k, start, lex)
        for k, w in enumerate(words[lo:start], start=lo)
    )


def _story_verb(words: Sequence[str], start: int, lex: TimeLexicon) -> bool:
    """True for a time in the clause of a past verb said right after its subject ("han var
    lige ved at falde i vinterferien", "min mand fik en ny hofte på sygehuset i efteråret"),
    with no wish nor a future's modal between ("han faldt i sommer og vil gerne … inden jul")."""
    for k in range(start - 1, max(0, start - 1 - lex.story_verb_reach), -1):
        w = words[k]
        if not any(c.isalnum() for c in w) or w in lex.event_clause_ends:
            return False
        if w in lex.story_verb_stops or w in lex.event_wish_between:
            return False
        if w in lex.story_verbs and lex.event_subjects & {words[k - 1], words[max(0, k - 2)]}:
            return True  # "han var", "min mand fik"
    return False


def _weak(words: Sequence[str], i: int, lex: TimeLexicon) -> bool:
    """Weekdays and "i morgen" are mostly appointments: a deadline only if nothing else is."""
    if words[i] in lex.weekdays:
        return True
    hit = _at(lex.phrases, words, i)
    return hit is not None and hit[1].kind == "days" and hit[1].value < 7


def _next_year(words: Sequence[str], i: int, today: date, lex: TimeLexicon, found):
    """Apply a following "næste år" ("til jul næste år") to a date that falls this year."""
    day, start, end = found
    follow = _at(lex.next_year, words, end) if end < len(words) else None
    if follow and day.year == today.year:
        try:
            later = _at_position(words, i, date(today.year + 1, 1, 1), lex)
        except (OverflowError, ValueError):
            later = None
        if later and later[0] is not None:
            return DeadlineMatch(later[0], start, follow[0])
    return DeadlineMatch(day, start, end)
