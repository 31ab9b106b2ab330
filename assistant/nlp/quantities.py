"""Frequencies ("to gange om ugen", "hver anden dag") and measures ("500 meter", "en halv time")."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.content.lexicon import Lexicon
from assistant.nlp.clauses import SENTENCE_ENDS
from assistant.nlp.every_other import every_after, weekday_beside
from assistant.nlp.facts import Frequency, Measure
from assistant.nlp.judged_off import judged_off
from assistant.nlp.memo import MISSING, Memo, once
from assistant.nlp.numbers import number_at, number_words, word_number

_TIMES_UNIT = "gang"
_DAY = "day"
_PERIOD_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class Found:
    """A value found in the utterance and the token span it covers."""

    value: object
    start: int
    end: int


def _bare(w: str) -> str:
    return w.rstrip(".") or w


def _period_after(words: Sequence[str], j: int, lex: Lexicon) -> tuple[str, int] | None:
    """Read "[om|i|per|…] <period>" at j; return (period, index after it)."""
    n = len(words)
    k = j
    if k < n and _bare(words[k]) in lex.period_preps:
        k += 1
        if k < n and words[k] in ("en", "et"):  # "i en uge" is duration, not frequency
            return None
        if k < n and f"{_bare(words[j])} {words[k]}" in lex.this_time:
            return None  # "to gange i år", "tre gange i dag": this year, today, no "per"
    if k < n and words[k] in lex.periods and k > j:
        return lex.periods[words[k]], k + 1
    if k < n and words[k] in lex.freq_adverbs and k == j:
        _times, per, _every = lex.freq_adverbs[words[k]]
        return per, k + 1
    return None


_FOUND_MAX = 512  # frequencies kept per lexicon (a few per utterance) before starting afresh


def find_frequency(words: Sequence[str], lex: Lexicon, start: int = 0) -> Found | None:
    """Return the first frequency expression from word `start` on that is not negated, or None.

    "ikke hver dag (men to gange om ugen)" refuses a frequency: the next one is the value.
    An utterance asks for it some three times (by eleven rules): the answer is kept by the
    words themselves (a tuple of them: a list changed later is asked anew) and `start`.
    """
    key = (tuple(words), start)
    memo = once(lex, "find_frequency", _new_found_memo)
    found = memo.get(key, MISSING)
    if found is MISSING:
        found = memo.get_or(key, _find_frequency, words, lex, start)
    return found


def _new_found_memo(_lex: Lexicon) -> Memo:
    return Memo(_FOUND_MAX)


def _find_frequency(words: Sequence[str], lex: Lexicon, start: int) -> Found | None:
    while (found := _frequency_from(words, start, lex)) is not None:
        if not _negated(words, found.start, lex) and not judged_off(words, found.end, lex):
            found = _day_told_before(words, _day_told_on(words, found, lex), lex)
            return _with_its_time(words, _narrowed(words, found, lex), lex)
        start = found.end
    return None


def _negated(words: Sequence[str], k: int, lex: Lexicon) -> bool:
    """True for a negation right before word k, or before a focus word there ("ikke både
    lørdag og søndag", "ikke lige hver dag")."""
    before = k - 1 if k > 0 and words[k - 1] in lex.negation_focus else k
    return before > 0 and words[before - 1] in lex.negations


def lone_day(words: Sequence[str], found: Found | None, lex: Lexicon) -> bool:
    """True for a definite weekday alone ("om søndagen"): when a thing is done, no goal
    frequency in a free sentence; as the answer to "Hvor tit?" once a week. Said on with a count
    ("om søndagen hver uge", "to gange om ugen om søndagen") or another day it is found whole."""
    return found is not None and " ".join(words[found.start : found.end]) in lex.weekday_whens


def past_lone_day(words: Sequence[str], found: Found | None, lex: Lexicon) -> Found | None:
    """How often, when a lone definite weekday comes first ("i kirke om søndagen og svømme 20
    minutter hver dag"): the next frequency of its sentence that is no lone day; else the day."""
    later = found
    while later is not None and lone_day(words, later, lex):
        if any(w in SENTENCE_ENDS for w in words[found.end : later.start]):
            return found  # "… om søndagen. Hun går tur hver dag": another sentence's rhythm
        later = find_frequency(words, lex, later.end)
    if later is None or any(w in SENTENCE_ENDS for w in words[found.end : later.start]):
        return found
    return later


def _day_told_on(words: Sequence[str], found: Found, lex: Lexicon) -> Found:
    """A lone definite weekday with how often said right after it ("om fredagen hver uge", "om
    søndagen, en gang om ugen", the day its own fragment: "om tirsdagen. hver uge."): that
    frequency, its span holding both."""
    if not lone_day(words, found, lex):
        return found
    gap, n = found.end, len(words)
    if gap < n and words[gap] in SENTENCE_ENDS and _opens_fragment(words, found.start, lex):
        gap += 1  # "om fredagen. hver uge.": told in fragments; "… om fredagen. Hver uge …" not
    elif gap < n and words[gap] == _COMMA:
        gap += 1
    later = _frequency_from(words, gap, lex)
    if later is None or later.start != gap or lone_day(words, later, lex):
        return found
    return Found(later.value, found.start, later.end)


def _day_told_before(words: Sequence[str], found: Found, lex: Lexicon) -> Found:
    """Once a week (or every so many weeks) said right after the weekday it is done on
    ("fredag hver uge", the day its own fragment: "fredag. hver uge.", "lørdag, hver anden
    uge"): that frequency, its span holding the day. A day that ends a sentence of its own
    ("min datter kommer fredag. Hver uge …") is no part of it."""
    value = found.value
    if not _once_a_week(value):
        return found
    k = found.start
    told_apart = k > 0 and (words[k - 1] == _COMMA or words[k - 1] in SENTENCE_ENDS)
    day = k - 1 - told_apart
    if day < 0 or not _weekday_said(words[day], lex):
        return found
    start = day - 1 if day > 0 and f"{words[day - 1]} {words[day]}" in lex.weekday_whens else day
    if told_apart and not _opens_fragment(words, start, lex):
        return found
    return Found(value, start, found.end)


def day_first_said(
    texts: Sequence[str], words: Sequence[str], found: Found, lex: Lexicon
) -> str | None:
    """The words of once a week told after its weekday: "hver fredag", "hver anden lørdag" for a
    bare day before "hver (anden) uge" ("fredag. hver uge."), else as said without the stop
    between ("om fredagen hver uge"); None for any other frequency."""
    s, e = found.start, found.end
    if not _once_a_week(found.value):
        return None
    day = s + 1 if s + 1 < e and f"{words[s]} {words[s + 1]}" in lex.weekday_whens else s
    if not _weekday_said(words[day], lex):
        return None
    k = day + 1
    if k < e and (words[k] == _COMMA or words[k] in SENTENCE_ENDS):
        k += 1
    if k == e:
        return None
    if words[k] in lex.every_words and e == k + 2 and word_number(words[k + 1], lex.numbers)[1]:
        # "søndag. hver anden.", "om søndagen, hver anden": "hver anden søndag"
        return " ".join([words[k], *texts[k + 1 : e], _day_name(words[day], lex)])
    if day == s and words[k] in lex.every_words and lex.periods.get(words[e - 1]) == "week":
        return " ".join([*texts[k : e - 1], words[day]])
    return " ".join([*texts[s : day + 1], *texts[k:e]])


def _day_name(word: str, lex: Lexicon) -> str:
    """The weekday's own name for any of its forms ("søndagen" → "søndag")."""
    day = lex.weekdays[word]
    return next(w for w, d in lex.weekdays.items() if d == day)


def _once_a_week(value) -> bool:
    """True for the frequency once a week (the rhythm a weekday said before it narrows)."""
    return isinstance(value, Frequency) and (value.times, value.per) == (1, "week")


def _weekday_said(word: str, lex: Lexicon) -> bool:
    """True for a weekday said as one day ("fredag", "om fredagen"), no habit ("fredage")."""
    return lex.weekdays.get(word) is not None and word not in lex.weekday_habits


def _opens_fragment(words: Sequence[str], k: int, lex: Lexicon) -> bool:
    """True when word k opens the answer or follows a comma or a sentence end, fillers aside
    ("øh fredag. hver uge.")."""
    while k > 0 and words[k - 1] in lex.fillers:
        k -= 1
    return k == 0 or words[k - 1] == _COMMA or words[k - 1] in SENTENCE_ENDS


def _narrowed(words: Sequence[str], found: Found, lex: Lexicon) -> Found:
    """Once a day said on with the days of the week it holds ("hver morgen på hverdage", "hver
    aften mandag til fredag", "hver formiddag om søndagen", "tre timer om dagen, to dage om
    ugen"): so many times a week."""
    value = found.value
    if not (isinstance(value, Frequency) and (value.times, value.per, value.every) == (1, _DAY, 1)):
        return found
    later = _frequency_from(words, found.end, lex)
    gap = later.start - found.end if later is not None else -1
    days_counted = later is not None and any(
        lex.periods.get(w) == _DAY for w in words[later.start : later.end]
    )  # "tre timer om dagen, to dage om ugen": the days a week the daily hours are done
    if gap == 1 and words[found.end] == _COMMA and days_counted:
        pass
    elif gap == 1 and _days_alone(words, found.end, later, lex):
        pass  # "Hver morgen. Mandag til fredag.", "hver aften, mandag til torsdag"
    elif gap == 1 and _bare(words[found.end]) not in lex.period_preps:
        return found  # "på hverdagene" may lead the days with a preposition
    if gap not in (0, 1) or words[later.start] in lex.every_words:
        return found
    days = later.value
    if isinstance(days, Frequency) and days.per == "week" and days.every == 1:
        return Found(days, found.start, later.end)
    return found


_COMMA = ","


def _days_alone(words: Sequence[str], stop: int, later: Found, lex: Lexicon) -> bool:
    """True for weekdays said on their own after a stop or a comma ("Hver morgen. Mandag til
    fredag."): the days, and nothing more of the sentence, after the daily rhythm."""
    end = later.end
    return (
        (words[stop] in SENTENCE_ENDS or words[stop] == _COMMA)
        and any(w in lex.weekdays for w in words[later.start : end])
        and (end == len(words) or words[end] in SENTENCE_ENDS)
    )


def _with_its_time(words: Sequence[str], found: Found, lex: Lexicon) -> Found:
    """A frequency said on with the days or the time of day it is done ("en gang om ugen, om
    søndagen", "to gange om ugen tirsdag og torsdag", "hver dag om morgenen"): one frequency,
    its span holding both, when the time counts as often; another count ("to gange om ugen, om
    søndagen kommer …") or another "hver …" is a frequency of its own."""
    gap = found.end + 1 if found.end < len(words) and words[found.end] == _COMMA else found.end
    later = _frequency_from(words, gap, lex)
    if later is None or later.start != gap or words[later.start] in lex.every_words:
        return found
    if later.value != found.value:
        return found
    said = words[later.start : later.end]
    if any(w in lex.weekdays for w in said) or _day_part(words, later.start, later.end, lex):
        return Found(found.value, found.start, later.end)
    return found


_STARTS: dict[int, tuple[Lexicon, frozenset[str]]] = {}  # id(lex) → (lex kept alive, words)


def _start_words(lex: Lexicon) -> frozenset[str]:
    """Every word _frequency_from's branches test first (besides digits and "½"): a word not
    among them starts no frequency, and the scan passes it with one set lookup."""
    found = _STARTS.get(id(lex))
    if found is None or found[0] is not lex:
        nw = lex.numbers
        words = frozenset().union(
            lex.freq_phrase_starts,
            nw.cardinals,
            nw.fractions,
            nw.phrase_starts,
            nw.articles,
            lex.every_words,
            lex.freq_adverbs,
            lex.weekdays,
            lex.times_words,
            lex.month_day_leads,
            lex.day_parts,
            nw.ordinals,
            lex.month_day_last,
        )
        found = _STARTS[id(lex)] = (lex, words)
    return found[1]


def _frequency_from(words: Sequence[str], start: int, lex: Lexicon) -> Found | None:
    """Return the first frequency expression starting at or after `start`, or None."""
    n = len(words)
    nw = lex.numbers
    starts = _start_words(lex)
    for i in range(start, n):
        w = words[i]
        if w not in starts and not w[:1].isdigit() and w[:1] != "½":
            continue  # the common case: no branch below can start at this word
        if w in lex.freq_phrase_starts:
            for phrase, (times, per, every) in lex.freq_phrases.items():
                if tuple(words[i : i + len(phrase)]) == phrase:
                    return Found(Frequency(times, per, every), i, i + len(phrase))
        if (w in lex.month_day_leads or w in lex.every_words) and (
            end := _month_day(words, i + 1, lex)
        ):  # "den første i måneden", "den første torsdag i måneden", "hver sidste fredag i …"
            return Found(Frequency(1, "month", 1), i, end)
        if i + 1 < n and words[i + 1] in lex.weekdays and (end := _month_day(words, i, lex)):
            return Found(Frequency(1, "month", 1), i, end)  # "første torsdag i måneden", no lead
        if w in lex.day_parts and (parts := _day_part_list(words, i, lex)):
            return Found(Frequency(parts[0], _DAY, 1), i, parts[1])  # "morgen middag og aften"
        if w in lex.times_words and (after := _period_after(words, i + 1, lex)):
            # "engang om ugen": the number and "gang" joined
            return Found(Frequency(lex.times_words[w], after[0], 1), i, after[1])
        # "to gange om ugen", "3x om ugen", "en gang dagligt", "tre dage om ugen"
        num = number_at(words, i, nw)
        if num is not None:
            value, used = num
            j = i + used
            is_x = w.endswith("x") and w[:-1].isdigit()
            if is_x or (j < n and words[j] in ("gang", "gange")):
                k = j if is_x else j + 1
                after = _period_after(words, k, lex)
                if after and value >= lex.repetition_min and words[k] in lex.every_words:
                    # "tyve knæbøjninger … tyve gange hver dag": repetitions, done once a day
                    return Found(Frequency(1, after[0], 1), k, after[1])
                if after:
                    return Found(Frequency(value, after[0], 1), i, after[1])
            # "tre dage om ugen", "tre (ordentlige) måltider om dagen": things per period
            # after an article only a word ("en maskine vasketøj om ugen"), not a number ("en
            # tre gange om ugen")
            # and only with "om" ("en fast rytme på dagen", "en kop te hver formiddag og hver
            # eftermiddag" are no things counted per period)
            article = w in lex.numbers.articles
            loose = article and (
                j + 2 >= n
                or number_at(words, j, nw) is not None
                or _bare(words[j + 2]) not in lex.article_count_preps
            )
            if j < n and _bare(words[j]) in lex.amount_words:
                continue  # "halvanden liter (vand) om dagen": an amount per period, no how often
            if not loose and _describes_counted(words, j, lex):
                j += 1  # one describing word before the thing counted
            measured = j < n and (_bare(words[j]) in lex.units or _bare(words[j]) in lex.unit_words)
            if measured and _occasion(words[j], lex):
                # "tre omgange hver morgen": rounds done each period (a measure, once a day);
                # "to omgange om ugen" counts the occasions (how often, below)
                measured = j + 1 < n and words[j + 1] in lex.every_words
            if measured and (after := _period_after(words, j + 1, lex)):
                # "et kvarter om dagen", "to kilometer om ugen": the measure (left for
                # find_measures) is done once each period; "tolv timer om ugen" is spread
                unit = lex.units.get(_bare(words[j]))
                most = lex.session_max.get(unit, math.inf) if unit else math.inf
                if after[0] != _DAY and value > most:
                    continue
                if _day_part(words, j + 1, after[1], lex):
                    continue  # "fire timer om formiddagen": when in the day, not how often
                return Found(Frequency(1, after[0], 1), j + 1, after[1])
            owned = i > 0 and words[i - 1] in lex.owners  # "mine to gamle damer hver uge"
            counted = words[j] not in lex.units or _occasion(words[j], lex) if j < n else False
            counted = counted and words[j] not in lex.not_counted  # "bh en på om morgenen"
            if j < n and words[j].isalpha() and counted and not owned:
                after = _period_after(words, j + 1, lex)
                # a thing ("tre måltider om dagen") or a shorter period ("tre dage om ugen",
                # "en weekend om måneden") counted per period
                inner = lex.periods.get(words[j])
                if after and inner is None and not _occasion(words[j], lex):
                    # "et par stykker hver formiddag", "et rum om dagen": things, done once
                    return Found(Frequency(1, after[0], 1), i, after[1])
                if after and (inner is None or _PERIOD_ORDER[inner] < _PERIOD_ORDER[after[0]]):
                    return Found(Frequency(value, after[0], 1), i, after[1])
        # "hver dag", "hver anden uge", "hver 14. dag", "alle hverdage"
        if w in lex.every_words and i + 1 < n:
            j, every = i + 1, 1
            while j + 1 < n and words[j] in lex.every_intensifiers:
                j += 1  # "hver eneste dag"
            _, ordinal = word_number(words[j], nw)
            if ordinal is None and words[j].isdigit() and j + 1 < n and words[j + 1] in lex.periods:
                ordinal = int(words[j])  # "hver 14 dag": the dot of "14." left out when typing
            day = weekday_beside(words, i, j + 1, lex) if ordinal and ordinal > 1 else None
            if day is not None:  # "søndag. hver anden.": every other week on that day
                return Found(Frequency(1, "week", ordinal), min(i, day), max(j + 1, day + 1))
            if ordinal and j + 1 < n:
                every, j = ordinal, j + 1
            if words[j] in lex.freq_adverbs:
                times, per, ev = lex.freq_adverbs[words[j]]
                return Found(Frequency(times, per, ev), i, j + 1)
            if words[j] in lex.periods:
                days, end = _weekday_list(words, j, lex)
                if days > 1 and every == 1:  # "hver mandag og torsdag"
                    return Found(Frequency(days, "week", 1), i, end)
                per = lex.periods[words[j]]
                times, end = _period_list(words, j, per, lex) if every == 1 else (1, j + 1)
                return Found(Frequency(times, per, every), i, end)
        joined_noun = w in lex.joined_every and (
            i == 0 or words[i - 1] in lex.joined_every_not_after
        )
        if w in lex.freq_adverbs and not joined_noun:  # "selv hverdag", not "min hverdag"
            times, per, every = lex.freq_adverbs[w]
            return Found(Frequency(times, per, every), i, i + 1)
        # "mandag onsdag og fredag", "om mandagen og torsdagen", "mandag til fredag": days a week
        if w in lex.weekdays and (i == 0 or words[i - 1] not in lex.weekdays):
            days, end = _weekday_list(words, i, lex)
            if days > 1:
                start = i - 1 if i > 0 and _bare(words[i - 1]) in lex.period_preps else i
                return Found(Frequency(days, "week", 1), start, end)
            if other := every_after(words, i + 1, lex):  # "om søndagen, hver anden"
                start = i - 1 if i > 0 and f"{words[i - 1]} {w}" in lex.weekday_habits else i
                return Found(Frequency(1, "week", other[0]), start, other[1])
            if i > 0 and f"{words[i - 1]} {w}" in lex.weekday_habits:
                return Found(Frequency(1, "week", 1), i - 1, i + 1)  # "om onsdagen"
            if w in lex.weekday_habits:
                return Found(Frequency(1, "week", 1), i, i + 1)  # "tirsdage"
    return None


def _day_part(words: Sequence[str], k: int, end: int, lex: Lexicon) -> bool:
    """True for "om <part of the day>" from k to end ("om formiddagen", "om aftenen")."""
    return end - k == 2 and words[k] in lex.day_part_leads and words[k + 1] in lex.day_parts


def _month_day(words: Sequence[str], k: int, lex: Lexicon) -> int | None:
    """The end of "<ordinal|sidste> i måneden" at k (a day of each month), else None."""
    if k + 2 >= len(words):
        return None
    _, ordinal = word_number(words[k], lex.numbers)
    if not ordinal and words[k] not in lex.month_day_last:
        return None
    if words[k + 1] in lex.weekdays and k + 3 < len(words):
        k += 1  # "den første torsdag i måneden": a weekday of each month
    if words[k + 1] in lex.month_day_preps and lex.periods.get(_bare(words[k + 2])) == "month":
        return k + 3
    return None


def _day_part_list(words: Sequence[str], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """(count, end) of two or more parts of the day named from i ("morgen og aften", "morgen,
    middag og aften", "formiddag og eftermiddag"): so many times a day. None for one part, a
    span ("fra morgen til aften") or a part after "i" ("i morgen": tomorrow)."""
    if i > 0 and words[i - 1] in lex.day_part_not_after:
        return None
    seen, k, end, n = set(), i, i, len(words)
    while k < n and words[k] in lex.day_parts and words[k] not in seen:
        seen.add(words[k])
        end = k = k + 1
        if k + 1 < n and words[k] in lex.weekday_joins and words[k + 1] in lex.day_parts:
            k += 1
    return (len(seen), end) if len(seen) > 1 else None


OCCASION_TAIL_MIN = 5  # letters of an occasion word that may end a compound ("småmåltider")


def _occasion(word: str, lex: Lexicon) -> bool:
    """True for an occasion counted per period ("tre måltider om dagen"), also joined to a
    compound ("seks småmåltider om dagen", "to nattevagter om ugen")."""
    return word in lex.occasion_words or word.endswith(once(lex, "occasion_tails", _occasion_tails))


def _occasion_tails(lex: Lexicon) -> tuple[str, ...]:
    """The occasion words long enough to end a compound, for one str.endswith."""
    return tuple(t for t in lex.occasion_words if len(t) >= OCCASION_TAIL_MIN)


def _period_list(words: Sequence[str], j: int, per: str, lex: Lexicon) -> tuple[int, int]:
    """Count "formiddag og (hver) eftermiddag" from j: parts of one period joined by "og"."""
    count, k, n = 1, j + 1, len(words)
    while k + 1 < n and words[k] in lex.weekday_joins:
        m = k + 1
        if words[m] in lex.every_words and m + 1 < n:
            m += 1
        if words[m] == words[k - 1] or lex.periods.get(words[m]) != per:
            break
        count, k = count + 1, m + 1
    return count, k


def _describes_counted(words: Sequence[str], j: int, lex: Lexicon) -> bool:
    """True for "ordentlige" in "tre ordentlige måltider om dagen": a word, the thing, a period."""
    return (
        j + 1 < len(words)
        and words[j].isalpha()
        and words[j + 1].isalpha()
        and words[j] not in lex.periods
        and words[j] not in lex.units
        and _period_after(words, j + 2, lex) is not None
    )


def _weekday_list(words: Sequence[str], j: int, lex: Lexicon) -> tuple[int, int]:
    """Count the weekdays named from j ("mandag, onsdag og fredag", "mandag til fredag").

    Return (count, index after the last day); a range counts every day it spans.
    """
    days, n = lex.weekdays, len(words)
    count, k = 0, j
    while k < n and words[k] in days:
        if k + 2 < n and words[k + 1] in lex.weekday_ranges and words[k + 2] in days:
            count += (days[words[k + 2]] - days[words[k]]) % 7 + 1
            k += 3
        else:
            count += 1
            k += 1
        k = _past_aside(words, k, lex)
        if k + 1 < n and words[k] in lex.weekday_joins and words[k + 1] in days:
            k += 1
        elif (
            k + 2 < n
            and words[k] in lex.weekday_joins
            and words[k + 1] in lex.period_preps
            and words[k + 2] in days
        ):  # "om mandagen og om torsdagen"
            k += 2
    return count, k


def _past_aside(words: Sequence[str], k: int, lex: Lexicon) -> int:
    """Where the join to the next weekday stands when a part of the day and an aside come
    between ("søndag formiddag, hvor de gamle har deres net, og onsdag"): the index of that
    join (a comma before it read past); k itself when no weekday follows so."""
    n, m = len(words), k
    if m < n and words[m] in lex.day_parts:
        m += 1
    elif m + 1 < n and words[m] in lex.day_part_leads and words[m + 1] in lex.day_parts:
        m += 2
    if m + 1 < n and words[m] == _COMMA and words[m + 1] in lex.weekday_aside_leads:
        reach = words[m + 2 : m + 2 + lex.weekday_aside_reach]
        if _COMMA not in reach:
            return k
        m += 2 + reach.index(_COMMA)
    if m + 2 < n and words[m] == _COMMA and words[m + 1] in lex.weekday_joins:
        m += 1  # ", og onsdag"
    nxt = m + 2 if m + 2 < n and words[m + 1] in lex.period_preps else m + 1
    joined = nxt < n and words[m] in lex.weekday_joins and words[nxt] in lex.weekdays
    return m if m != k and joined else k


def asides_between_days(words: Sequence[str], start: int, end: int, lex: Lexicon) -> set[int]:
    """The token indices from start to end of the asides read past between two weekdays
    (`_past_aside`), each with its commas ("søndag formiddag, hvor de gamle har deres net, og
    onsdag aften": ", hvor de gamle har deres net,"), left out when the days are written."""
    out: set[int] = set()
    for k in range(start, end - 1):
        if words[k] != _COMMA or words[k + 1] not in lex.weekday_aside_leads or k in out:
            continue
        reach = list(words[k + 2 : min(end, k + 2 + lex.weekday_aside_reach)])
        if _COMMA in reach:
            out.update(range(k, k + 3 + reach.index(_COMMA)))
    return out


def find_measures(
    words: Sequence[str], lex: Lexicon, skip: Sequence[tuple[int, int]] = ()
) -> list[Found]:
    """Return every measure in the words, skipping token ranges already used (dates, frequency)."""
    n = len(words)
    nw = lex.numbers
    out: list[Found] = []
    taken = {k for s, e in skip for k in range(s, e)}
    numeric = number_words(nw)
    i = 0
    while i < n:
        if i in taken:
            i += 1
            continue
        w = words[i]
        if w not in numeric and not w[:1].isdigit() and w[:1] != "½":
            i += 1
            continue  # no number and no ordinal (most words): nothing below starts here
        # ordinal floors: "op på anden sal", "til 3. sal", "2 sal" (the dot left out: a count
        # of floors says "2 sale", "2 etager")
        _, ordinal = word_number(w, nw)
        typed = ordinal is None and w.isdigit() and i + 1 < n
        if typed and words[i + 1] in lex.ordinal_floor_words:
            ordinal = int(w)
        else:
            typed = False
        floor = ordinal and i + 1 < n and _bare(words[i + 1]) in lex.floor_words
        if floor and any(words[k] in lex.floor_lead for k in range(max(0, i - 3), i)):
            out.append(Found(Measure(float(ordinal), "etage"), i, i + 2))
            i += 2
            continue
        if typed:  # "bor på 2 sal": where one lives, as "bor på anden sal" is
            i += 2
            continue
        num = number_at(words, i, nw)
        if num is None or w in nw.vague:  # "kvarter" alone, "mange gange": no measure
            i += 1
            continue
        value, used = num
        j = i + used
        while j + 1 < n and words[j] in lex.unit_fillers and j not in taken:
            j += 1  # "en hel time"
        if j < n and j not in taken:
            unit_word = _bare(words[j])
            if unit_word in lex.unit_words:
                base, unit = lex.unit_words[unit_word]
                out.append(Found(Measure(value * base, unit), i, j + 1))
                i = j + 1
                continue
            unit = lex.units.get(unit_word) or lex.units.get(words[j])
            if (
                unit in lex.one_at_a_time_units
                and w in nw.articles
                and _said_after(words, j + 1, lex.one_at_a_time)
            ):
                i = j + 1  # "et trin ad gangen": how one goes, step by step; no amount
                continue
            if unit and _measure_ok(words, i, j, unit, lex):
                out.append(Found(Measure(value, unit), i, j + 1))
                i = j + 1
                continue
            if _occasions_in_a_row(words, i, j, lex):
                # "syv aftener i træk uden nogen skal løfte mig": seven times in a row
                out.append(Found(Measure(value, _TIMES_UNIT), i, j + 1))
                i = j + 1
                continue
        i += used
    return out


def _occasions_in_a_row(words: Sequence[str], i: int, j: int, lex: Lexicon) -> bool:
    """True for occasions of the goal counted in a row ("syv aftener i træk", "fem dage i
    streg"), no past count ("de sidste tre dage i træk") and none negated in its clause ("ikke
    tre dage", "har ikke været ude fire dage i træk")."""
    if words[j] not in lex.occasion_nouns or words[i] in lex.numbers.articles:
        return False
    if i > 0 and words[i - 1] in lex.past_count_leads:
        return False
    k = i - 1  # "har ikke været ude af lejligheden fire dage i træk": a lapse told, refused
    modals = set(lex.classes.get("modal", ()))
    wished = False
    while k >= 0 and words[k] not in lex.clause_breaks and words[k] != ",":
        if words[k] in lex.negations:
            return False
        wished = wished or words[k] in modals
        if not wished and _perfect_at(words, k, i, lex):
            return False  # "har stået klar … tre dage i træk": the trouble's story
        k -= 1
    return _said_after(words, j + 1, lex.occasion_in_a_row)


def _perfect_at(words: Sequence[str], k: int, i: int, lex: Lexicon) -> bool:
    """True for a perfect's auxiliary at k with its participle after it, a subject between
    maybe, before word i ("har stået", "har hun glemt")."""
    if words[k] not in lex.perfect_aux:
        return False
    after = k + 2 if k + 2 < i and words[k + 1] in lex.run_on_subjects else k + 1
    participle = words[after] if after < i else ""
    return len(participle) > 3 and participle.endswith(lex.participle_endings)


def _measure_ok(words: Sequence[str], i: int, j: int, unit: str, lex: Lexicon) -> bool:
    """A repetition count ("fem gange i træk") is a measure; "to gange om ugen" is not; today's
    limit before a stop ("kan kun gå hundrede meter, så skal jeg stoppe") is none."""
    if _limit_before_stop(words, i, j, lex) or _onset_before_stop(words, i, j, lex):
        return False
    if unit != _TIMES_UNIT:
        return True
    if words[i] in lex.numbers.articles and (number_at(words, i, lex.numbers) or (1,))[0] < 2:
        return False  # "en gang"; "en halv snes gange" counts ten
    if i > 0 and words[i - 1] in lex.past_count_leads:
        return False  # "naboen har hentet det de sidste par gange": past occasions told
    if _in_past_story(words, i, lex):
        return False  # "i sidste måned tog han derud forgæves to gange": a story, no goal
    if i > 0 and words[i - 1] in lex.negations:
        return False  # "nej ikke 3 gange, det er for meget": a count refused, nothing to reach
    if j + 1 < len(words) and words[j + 1] in lex.times_not_before:
        return False  # "to gange eller slet ikke" counts nothing to reach
    if " ".join(words[j + 1 : j + 3]) in lex.this_time:
        return False  # "er faldet tre gange i år": so far this year, told, nothing to reach
    in_a_row = any(tuple(words[j + 1 : j + 1 + len(r)]) == r for r in lex.repetition_after)
    if not in_a_row and _said_after(words, j + 1, lex.times_on_the_way):
        return False  # "sidde på bænken to gange undervejs": the stops on the way, told
    if _said_after(words, j + 1, lex.rounds_after):
        return False  # "to gange rundt om blokken": rounds of a walk, no unit of the spec
    if not in_a_row and (_loose_range(words, i, lex) or after_pause(words, i, lex)):
        return False  # "en tre fire gange inden jul", "stå og puste to gange": no repetitions
    every_next = j + 1 < len(words) and words[j + 1] in lex.every_words
    if _occasion(words[j], lex):
        # "tre omgange hver morgen": rounds done each time; "tage badeværelset i to omgange"
        # is the task split up, no count to reach
        return every_next
    if every_next:  # "tyve gange hver dag" is repetitions; "to gange hver uge" how often
        num = number_at(words, i, lex.numbers)
        return num is not None and num[0] >= lex.repetition_min
    return _period_after(words, j + 1, lex) is None


_STOP_REACH = 5  # words after today's limit searched for its stop ("ved køkkenbordet, så må")


def _limit_before_stop(words: Sequence[str], i: int, j: int, lex: Lexicon) -> bool:
    """True for today's limit: the amount at i..j after "kan kun"/"kan højst" in its clause and
    followed by "så skal"/"så må" ("kan kun gå hundrede meter, så skal jeg stoppe")."""
    k = i - 1
    ends = lex.clause_breaks | lex.limit_leads
    while k >= 0 and words[k] not in ends and words[k] != ",":
        k -= 1
    if k < 1 or words[k] not in lex.limit_leads or words[k - 1] not in lex.limit_modals:
        return False  # "men kun en lille tur måske 200 meter så skal jeg hvile": a walk's length
    for k in range(j + 1, min(j + 1 + _STOP_REACH, len(words) - 1)):
        if words[k] in lex.clause_breaks:
            return False
        if words[k] in lex.limit_then and _must_after(words, k + 1, lex):
            # "…, så skal jeg stoppe", "… ved køkkenbordet, så må jeg sidde ned"; "… og så må
            # jeg sætte mig" tells the level reached before the rest, a measure (round 29)
            return words[k - 1] not in lex.limit_not_after
    return False


def _onset_before_stop(words: Sequence[str], i: int, j: int, lex: Lexicon) -> bool:
    """True for today's limit said as when the stop comes: the amount at i..j right after one
    of onset_leads opening its clause and followed by a must ("Efter 100 meter jeg må stå
    stille", "… men efter ti minutter så skal han sidde ned"). "han bliver svimmel efter fem
    minutter" (no stop) and "jeg må sætte mig efter fem minutter" (the must before) stay."""
    if i < 1 or words[i - 1] not in lex.onset_leads:
        return False
    k = i - 2
    opens = lex.clause_breaks | lex.soft_clause_breaks | lex.limit_then | SENTENCE_ENDS | {","}
    if k >= 0 and words[k] not in opens:
        return False
    k = j + 1
    if k < len(words) and words[k] in lex.limit_then:
        k += 1  # "efter 100 meter så må jeg stoppe"
    return k < len(words) and _must_after(words, k, lex)


def _must_after(words: Sequence[str], k: int, lex: Lexicon) -> bool:
    """True for one of limit_musts at k, or a subject and one after it, said in the order of
    speech and second-language Danish ("… 100 meter, så jeg må stoppe og hvile")."""
    if words[k] in lex.limit_musts:
        return True
    subjects = lex.classes.get("subj_any", ())
    return k + 1 < len(words) and words[k] in subjects and words[k + 1] in lex.limit_musts


def _in_past_story(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True when the clause of the count at i opened with a past period ("i sidste måned",
    "forrige uge"), before any modal verb: occasions told from then, nothing to reach."""
    modals = set(lex.classes.get("modal", ()))
    k = i - 1
    while (
        k >= 0 and words[k] not in lex.clause_breaks and words[k] != "," and words[k] not in modals
    ):
        if words[k] in lex.past_count_leads and k + 1 < i and words[k + 1] in lex.periods:
            return True
        k -= 1
    return False


PAUSE_REACH = 3  # words before a count searched for a pause word ("hvile mig to tre gange")


def _loose_range(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for a count said loosely: a range ("tre fire", "to tre", "3-4") or a number after
    an article ("en to gange", "sådan en fem gange")."""
    nw = lex.numbers
    if "-" in words[i] or "–" in words[i]:
        return number_at(words, i, nw) is not None
    value, _ = word_number(words[i], nw)
    if value is None or words[i] in nw.articles:
        return False
    if i > 0 and words[i - 1] in nw.articles:
        return True
    before = word_number(words[i - 1], nw)[0] if i > 0 else None
    nxt = words[i + 1] if i + 1 < len(words) else ""
    after = None if nxt in nw.multipliers else word_number(nxt, nw)[0]
    return (before is not None and before < value) or (after is not None and after > value)


def after_pause(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for a count shortly after a pause word: the pauses taken today, told."""
    return any(w in lex.pause_words for w in words[max(0, i - PAUSE_REACH) : i])


def _said_after(words: Sequence[str], k: int, phrases) -> bool:
    """True when one of the phrases (word tuples) is said from word k on."""
    return any(tuple(words[k : k + len(p)]) == p for p in phrases)


def clock_span(words: Sequence[str], lex: Lexicon) -> Measure | None:
    """The hours of a span of the clock ("hele eftermiddagen fra 13 til 16": 3 timer, "fra
    klokken ti til tolv", "fra 10 til 2": 4 timer), or None. Only a measure answer is read so:
    in a story ("jeg sidder alene fra 7 til 17") a span is when, not how much."""
    span = lex.clock_span
    n = len(words)
    for i, w in enumerate(words):
        if w not in span.leads:
            continue
        start, k = _hour_at(words, i + 1, lex)
        if start is None or k >= n or words[k] not in span.joins:
            continue
        end, _k = _hour_at(words, k + 1, lex)
        if end is None:
            continue
        hours = end - start if end > start else end + 12 - start
        if 0 < hours <= span.max_hours:
            return Measure(float(hours), span.unit)
    return None


_CLOCK_HOURS = 24


def _hour_at(words: Sequence[str], k: int, lex: Lexicon) -> tuple[int | None, int]:
    """A whole hour of the clock at words[k] ("13", "kl 13", "klokken ti"), and the index after."""
    if k < len(words) and words[k] in lex.clock_span.hour_words:
        k += 1
    value = word_number(words[k], lex.numbers)[0] if k < len(words) else None
    if value is None or not value.is_integer() or not 0 <= value <= _CLOCK_HOURS:
        return None, k
    return int(value), k + 1


def home_floors(words: Sequence[str], m: Found, lex: Lexicon) -> bool:
    """True for floors said with where one lives ("jeg bor tre etager oppe"): the height of the
    home, climbed by a wish that walks."""
    if m.value.unit not in lex.floor_words:
        return False
    k = m.start
    while k > 0 and words[k - 1] in lex.distance_told_skip:
        k -= 1
    return k > 0 and words[k - 1] in lex.distance_place_verbs
