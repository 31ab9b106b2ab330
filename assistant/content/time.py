"""Parse content/<lang>/nlp/time.yaml into the frozen TimeLexicon used by assistant.nlp.dates."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from assistant.content.files import Problems, as_str_list, nfc, read_yaml

V = TypeVar("V")
Phrase = tuple[str, ...]
# first word → ((phrase, value), ...), longest phrase first
Index = dict[str, tuple[tuple[Phrase, Any], ...]]


@dataclass(frozen=True)
class Unit:
    """A unit of "om N <unit>": a number of days or of months."""

    days: int = 0
    months: int = 0


@dataclass(frozen=True)
class Rule:
    """How a fixed phrase or holiday becomes a date."""

    kind: str  # "days", "months", "end_of", "date" (month, day) or "easter" (days from it)
    value: int = 0  # days to add, periods to shift, or days from Easter Sunday
    period: str = ""  # for end_of: "week", "month" or "year"
    month: int = 0
    day: int = 0
    lasts: int = 0  # days a holiday lasts after its date ("sommerferien": some six weeks)


@dataclass(frozen=True)
class Season:
    """A season by its first and last month (winter wraps over New Year)."""

    first: int
    last: int


@dataclass(frozen=True)
class TimeLexicon:
    """Every word the deadline resolver knows, parsed from time.yaml."""

    numbers: Index
    plus_half: Index
    range_joiners: frozenset[str]
    ordinals: dict[str, int]
    units: dict[str, Unit]
    unit_tails: frozenset[str]
    relative_leads: dict[Phrase, str]
    fillers: frozenset[str]  # between lead-in and number: "om ca. tre uger"
    relative_follows: Index
    next_year: Index  # after a date: "til jul næste år"
    last_year: Index  # after a date: "til jul sidste år" (the past)
    habit_not_verbs: frozenset[str]  # "vil" in "i weekenden vil jeg …": a wish, not a habit
    refused_before: frozenset[str]  # "ikke" in "ikke om et par måneder": that date is refused
    phrases: Index  # fixed phrases and holidays → Rule
    blockers: frozenset[str]
    months: dict[str, int]
    day_months: dict[str, int]  # months and their abbreviations, after a day number
    month_leads: dict[Phrase, str]  # → "end", "start" or "middle"
    date_leads: dict[Phrase, str]
    seasons: dict[str, Season]
    season_leads: dict[Phrase, str]  # → "this" or "next"
    weekdays: dict[str, int]
    weekday_leads: dict[Phrase, str]
    max_lead: int
    event_leads: frozenset[str] = frozenset()  # "efter min operation i august": a past event
    month_over: tuple[Phrase, ...] = ()  # "er omme" in "inden februar er omme": its end
    week_words: frozenset[str] = frozenset()  # "uge" in "i uge 24": a week by its number
    # "den første lørdag i april", "sidste fredag i maj": a weekday counted in a month, joined
    # to it by one of month_weekday_joiners; month_weekday_last count from its end
    month_weekday_joiners: frozenset[str] = frozenset()
    month_weekday_last: frozenset[str] = frozenset()
    # "lavet and juleaften i halvtreds år": a time right after one of habit_span_leads, a number
    # (or a word of habit_span_counts; habit_span_skip words before it) and a unit of a year or
    # more is a habit of years told, no date to reach
    habit_span_leads: frozenset[str] = frozenset()
    habit_span_skip: frozenset[str] = frozenset()
    habit_span_counts: frozenset[str] = frozenset()
    event_not_after: frozenset[str] = frozenset()  # "ved siden af" is a place
    # "efter" in "tage opvasken efter aftensmaden inden jul": a lead that names no event before
    # a time with its own by-lead (one of start_by_leads)
    event_leads_not_by: frozenset[str] = frozenset()
    event_reach: int = 4  # how many words before a time expression an event lead may stand
    # … and, after one of event_perfect_aux ("har fået …"), up to event_perfect_reach words
    event_perfect_aux: frozenset[str] = frozenset()
    event_perfect_reach: int = 4
    # "jeg har gjort det en gang i oktober": a participle of a doing told, unless the sentence
    # opens with a result lead ("at jeg selv har gjort det inden jul": the sign to reach)
    event_told_participles: frozenset[str] = frozenset()
    event_result_leads: frozenset[str] = frozenset()
    event_clause_ends: frozenset[str] = frozenset()  # "men" in "… kom hjem men til foråret …"
    # "han var lige ved at falde i vinterferien": a past verb right after its subject tells a
    # story up to story_verb_reach words before the time in its clause, unless one of
    # story_verb_stops stands between ("… og vil gerne …", "… fik at vide jeg skal …")
    story_verbs: frozenset[str] = frozenset()
    story_verb_stops: frozenset[str] = frozenset()
    story_verb_reach: int = 0
    # "Kommunen kommer med armlæn … på mandag": the time something is brought (brought_time)
    brought_verbs: frozenset[str] = frozenset()
    brought_direct_verbs: frozenset[str] = frozenset()
    brought_particles: frozenset[str] = frozenset()
    brought_leads: frozenset[str] = frozenset()
    brought_not_things: frozenset[str] = frozenset()
    brought_reach: int = 0
    # "om tolv uger sagde hun": a span ahead said with these leads is never a told past event;
    # "efter tre uger faldt jeg" may be one (the leads of relative_lead_ins that tell a story)
    story_span_leads: frozenset[str] = frozenset()
    # "i maj glemte jeg …": a past verb and its subject right after the time
    event_after: frozenset[str] = frozenset()
    event_subjects: frozenset[str] = frozenset()
    event_not_wished: frozenset[str] = frozenset()  # "tænke" in "… kunne jeg godt tænke mig"
    # "gerne" in "efter covid og gerne inden for et halvt år": the time is wished, not told
    event_wish_between: frozenset[str] = frozenset()
    result_aux: frozenset[str] = frozenset()  # "have" in "vil gerne have fået smidt … inden jul"
    result_aux_after: frozenset[str] = frozenset()  # "gerne" before that "have"
    # "to gange i år", "en gang i efteråret": the span a count falls in, no date to reach
    count_words: frozenset[str] = frozenset()
    count_span_leads: frozenset[str] = frozenset()
    # "hver morgen, også i weekenden": a weekday after one of these words in its sentence (up to
    # habit_day_reach words before) is when a habit happens, no date to reach
    habit_day_words: frozenset[str] = frozenset()
    habit_day_reach: int = 0
    # "min søn kommer kun i weekenden": a weekday right after one of these is the only time of
    # a habit, no date to reach
    habit_day_only: frozenset[str] = frozenset()
    # "købe kød til weekenden": a weekday after one of purpose_day_leads, a thing got or made
    # said before it (a verb of purpose_day_verbs, its object between), is what the thing is
    # for, no date to reach (nlp/purpose_day.py)
    purpose_day_leads: frozenset[str] = frozenset()
    purpose_day_verbs: frozenset[str] = frozenset()
    purpose_day_reach: int = 0
    purpose_day_done: frozenset[str] = frozenset()  # "færdige til weekenden": done by then
    # "far vil ikke med til julefrokosten i år": a time after a refusal in its own clause says
    # when the refused thing is, no date to reach; `refusal_ends` close that clause
    refusal_leads: tuple[Phrase, ...] = ()
    refusal_ends: frozenset[str] = frozenset()
    refusal_reach: int = 0
    # "min kone tager sommerkjole på midt i december, hun kan ikke …": a time opening with one
    # of these in a difficulty says when the trouble is, no date to reach ("til jul" stays)
    trouble_time_leads: frozenset[str] = frozenset()
    # "i stedet for kun til jul": a time after a contrast lead is the habit set aside, no date
    contrast_leads: tuple[Phrase, ...] = ()
    contrast_skip: frozenset[str] = frozenset()  # words that may stand between lead and time
    # "nej, til jul … skriv første marts i stedet": a later time said with one of these after it
    # is the one meant, not the first one said
    preferred_after: tuple[Phrase, ...] = ()
    # "hun fylder 93 den 2. marts, så … senest den 15. februar": a later time led by one of
    # these wins over a first time whose clause has none (the occasion, not the deadline)
    deadline_marks: frozenset[str] = frozenset()
    # "… i slutningen af januar. Skriv den 1. marts.": a correction's instruction wins
    instruction_leads: tuple[Phrase, ...] = ()
    instruction_skip: frozenset[str] = frozenset()
    instruction_between: frozenset[str] = frozenset()
    instruction_gap: int = 0
    instruction_lead_in: tuple[str, ...] = ()  # "så skriv marts" read as "til marts"
    # "til jul når jeg ikke … Første marts": a time its clause says is out of reach (a reach verb
    # and a negation, or one of unreached_phrases) gives way to a later time said
    unreached_verbs: frozenset[str] = frozenset()
    unreached_phrases: tuple[Phrase, ...] = ()
    unreached_ends: frozenset[str] = frozenset()
    unreached_reach: int = 0
    # "efter sommerferien" said alone (an answer to "Hvornår?"): the end of the month
    # `after_alone_months` after the holiday or season ends; skip words may stand around it
    after_alone_leads: frozenset[str] = frozenset()
    after_alone_skip: frozenset[str] = frozenset()
    after_alone_months: int = 0
    # "efter vinterpausen den første marts": a holiday, season or break (a word of period_heads,
    # or a compound ending in one) between one of these and a date is when the date falls, no
    # event told
    period_after_leads: frozenset[str] = frozenset()
    period_heads: frozenset[str] = frozenset()
    ordinal_suffixes: frozenset[str] = frozenset()  # "ste" in "den 1ste april"
    season_min_days_left: int = 0  # "til efteråret" in its last days means the next autumn
    horizon_days: int = 0  # a time further ahead is no goal's deadline (0: no limit)
    # "vietnamesisk nytår": a holiday after a word with one of these endings (or one of the
    # words) belongs to another calendar and gives no date
    other_calendar_endings: tuple[str, ...] = ()
    other_calendar_words: frozenset[str] = frozenset()
    # "til jul, altså den 20. december": a day and month right after a holiday (only skip words,
    # up to stated_date_reach, between) is the date meant
    stated_date_skip: frozenset[str] = frozenset()
    stated_date_reach: int = 0
    # "Til vinterferien. Den starter lørdag den 13. februar.": a clause telling when the holiday
    # begins (one of these verbs, a weekday free) may follow in the next sentence
    stated_date_verbs: frozenset[str] = frozenset()
    stated_date_subjects: frozenset[str] = frozenset()  # "den", "det": the holiday said again
    stated_date_free: frozenset[str] = frozenset()  # "på" beside the weekday after the verb
    # "til sommer, den 3. juni skal jeg til lægen": a date followed by one of these verbs and
    # its subject opens a clause of its own (an appointment), no refinement of the vague time
    exact_after_own_clause: frozenset[str] = frozenset()
    # … when its subject is one of these (the citizen's own errand); another's ("den 5. juni skal
    # hun giftes", "den 20. december kommer mine børn") is the occasion the vague time meant
    exact_after_own_subjects: frozenset[str] = frozenset()
    # "inden påske, børnebørnene kommer skærtorsdag": a holiday then, within feast_day_reach
    # words of its sentence, another at most feast_day_days before it: that day is meant
    feast_day_reach: int = 0
    feast_day_days: int = 0
    feast_day_off: frozenset[str] = frozenset()  # "fri": "hjemmeplejen holder fri skærtorsdag"
    # "inden vinteren for alvor kommer" said in the winter: the season said with one of these
    # after it has come already, no date to reach
    season_arrivals: tuple[Phrase, ...] = ()
    # "kan ikke overskue noget før lyset kommer igen i marts": a time in a clause of its own
    # (a subject and verb after the lead, not_until_gap to not_until_span words) led by one of
    # not_until_leads, with a negation of not_until_negations before it in its clause (up to
    # not_until_reach words), tells until when the trouble lasts, no date to reach
    not_until_leads: frozenset[str] = frozenset()
    not_until_negations: frozenset[str] = frozenset()
    not_until_gap: int = 0
    not_until_span: int = 0
    not_until_reach: int = 0
    # "skal flytte den 1. april og når hun er flyttet vil hun …": a time before (or inside) a
    # start clause (one of start_leads, a subject, one of start_aux), with none of
    # start_by_leads nor a wish word before it, is when the goal begins, no date to reach
    start_leads: frozenset[str] = frozenset()
    start_aux: frozenset[str] = frozenset()
    start_by_leads: frozenset[str] = frozenset()
    start_time_leads: frozenset[str] = frozenset()  # "til sommer når …": a by-date
    start_skip: frozenset[str] = frozenset()
    start_reach: int = 0
    triggers: frozenset[str] = frozenset()  # every word that can be the core of an expression


def _phrases(value: Any, path: Path, where: str, problems: Problems) -> tuple[Phrase, ...]:
    out = []
    for text in as_str_list(value, path, where, problems):
        words = tuple(text.lower().split())
        if words:
            out.append(words)
        else:
            problems.add(path, f"{where} has an empty phrase")
    return tuple(out)


def _index(pairs: Iterable[tuple[Phrase, V]], path: Path, where: str, problems: Problems) -> Index:
    seen: dict[Phrase, V] = {}
    for words, value in pairs:
        if words in seen and seen[words] != value:
            problems.add(path, f"{where}: '{' '.join(words)}' is defined twice")
        seen[words] = value
    index: dict[str, list[tuple[Phrase, V]]] = {}
    for words, value in seen.items():
        index.setdefault(words[0], []).append((words, value))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in index.items()}


def _mapping(data: dict, key: str, path: Path, problems: Problems) -> dict:
    value = data.get(key)
    if not isinstance(value, dict) or not value:
        problems.add(path, f"'{key}' must be a non-empty mapping")
        return {}
    return value


def _number_map(raw: Any, path: Path, where: str, problems: Problems, lo=0, hi=None) -> dict:
    out: dict[str, Any] = {}
    if not isinstance(raw, dict) or not raw:
        problems.add(path, f"'{where}' must be a non-empty mapping of word → number")
        return out
    for word, value in raw.items():
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if not ok or value < lo or (hi is not None and value > hi) or not isinstance(word, str):
            problems.add(path, f"{where}: {word!r} must be a word with a number {lo}..{hi or ''}")
            continue
        out[nfc(word.lower())] = value
    return out


def _leads(raw: Any, path: Path, where: str, problems: Problems, value: str = "") -> dict:
    return {p: value for p in _phrases(raw, path, where, problems)}


def _rule(raw: dict, path: Path, where: str, problems: Problems) -> Rule | None:
    if "date" in raw:
        md = raw["date"]
        if (
            isinstance(md, list)
            and len(md) == 2
            and all(isinstance(x, int) for x in md)
            and 1 <= md[0] <= 12
            and 1 <= md[1] <= calendar.monthrange(2028, md[0])[1]
        ):
            lasts = raw.get("lasts", 0)
            if isinstance(lasts, int) and 0 <= lasts <= 120:
                return Rule("date", month=md[0], day=md[1], lasts=lasts)
            problems.add(path, f"{where}: lasts must be 0 to 120 days, got {lasts!r}")
            return None
        problems.add(path, f"{where}: date must be [month, day], got {md!r}")
    elif isinstance(raw.get("easter"), int) and abs(raw["easter"]) <= 120:
        return Rule("easter", value=raw["easter"])
    elif isinstance(raw.get("days"), int) and 0 <= raw["days"] <= 366:
        return Rule("days", value=raw["days"])
    elif isinstance(raw.get("months"), int) and 0 <= raw["months"] <= 120:
        return Rule("months", value=raw["months"])
    elif raw.get("end_of") in ("week", "month", "year") and isinstance(raw.get("shift", 0), int):
        return Rule("end_of", value=raw.get("shift", 0), period=raw["end_of"])
    else:
        problems.add(path, f"{where} needs date, easter, days, months or end_of (week/month/year)")
    return None


def _rule_entries(data: dict, key: str, path: Path, problems: Problems):
    for n, raw in enumerate(data.get(key) or [], 1):
        where = f"{key} entry {n}"
        if not isinstance(raw, dict):
            problems.add(path, f"{where} must be a mapping")
            continue
        rule = _rule(raw, path, where, problems)
        for words in _phrases(raw.get("words"), path, f"{where} words", problems):
            if rule is not None:
                yield words, rule


def _seasons(data: dict, path: Path, problems: Problems) -> dict[str, Season]:
    out: dict[str, Season] = {}
    for n, raw in enumerate(data.get("seasons") or [], 1):
        months = raw.get("months") if isinstance(raw, dict) else None
        if not (
            isinstance(months, list)
            and len(months) == 2
            and all(isinstance(m, int) and 1 <= m <= 12 for m in months)
        ):
            problems.add(path, f"seasons entry {n} needs months: [first, last] (1..12)")
            continue
        for word in as_str_list(raw.get("words"), path, f"seasons entry {n} words", problems):
            out[word.lower()] = Season(months[0], months[1])
    if not out:
        problems.add(path, "'seasons' must list at least one season")
    return out


def _numbers(raw: Any, path: Path, problems: Problems) -> tuple[Index, Index, dict, frozenset]:
    if not isinstance(raw, dict):
        problems.add(path, "'numbers' must be a mapping")
        raw = {}
    cardinals = _number_map(raw.get("cardinals"), path, "numbers.cardinals", problems)
    units = _number_map(raw.get("compound_units"), path, "numbers.compound_units", problems, 1, 9)
    tens = _number_map(raw.get("compound_tens"), path, "numbers.compound_tens", problems, 20, 90)
    joiner = raw.get("compound_joiner")
    if not isinstance(joiner, str) or not joiner:
        problems.add(path, "numbers.compound_joiner must be a word")
        joiner = ""
    for uw, uv in units.items():
        for tw, tv in tens.items():
            cardinals.setdefault(f"{uw}{joiner}{tw}", uv + tv)
    phrases = _number_map(raw.get("phrases"), path, "numbers.phrases", problems)
    pairs = [((w,), v) for w, v in cardinals.items()]
    pairs += [(tuple(w.split()), v) for w, v in phrases.items()]
    numbers = _index(pairs, path, "numbers", problems)
    halves = _phrases(raw.get("plus_half"), path, "numbers.plus_half", problems)
    plus_half = _index(((p, 0.5) for p in halves), path, "numbers.plus_half", problems)
    ordinals = _number_map(raw.get("ordinals"), path, "numbers.ordinals", problems, 1, 31)
    joiners = frozenset(as_str_list(raw.get("range_joiners"), path, "range_joiners", problems))
    return numbers, plus_half, {w: int(v) for w, v in ordinals.items()}, joiners


def _units(data: dict, path: Path, problems: Problems) -> dict[str, Unit]:
    out: dict[str, Unit] = {}
    for name, raw in _mapping(data, "units", path, problems).items():
        days, months = (
            (raw.get("days", 0), raw.get("months", 0)) if isinstance(raw, dict) else (0, 0)
        )
        if not (isinstance(days, int) and isinstance(months, int) and (days > 0) != (months > 0)):
            problems.add(path, f"unit '{name}' needs either days or months (a positive number)")
            continue
        for word in as_str_list(raw.get("words"), path, f"unit '{name}' words", problems):
            out[word.lower()] = Unit(days, months)
    return out


def _word_set(data: dict, key: str, path: Path, problems: Problems) -> frozenset[str]:
    """One list of words of time.yaml, as a set."""
    return frozenset(as_str_list(data.get(key), path, key, problems))


def load_time_lexicon(path: Path, lang: str, problems: Problems) -> TimeLexicon:
    """Parse time.yaml; every problem is recorded in `problems` with the file's path."""
    data = read_yaml(path, lang, problems)
    numbers, plus_half, ordinals, joiners = _numbers(data.get("numbers"), path, problems)
    months = _number_map(data.get("months"), path, "months", problems, 1, 12)
    if months and set(months.values()) != set(range(1, 13)):
        problems.add(path, "months must name all twelve months")
    abbrevs = {}
    if data.get("month_abbreviations") is not None:
        raw_abbr = data["month_abbreviations"]
        abbrevs = _number_map(raw_abbr, path, "month_abbreviations", problems, 1, 12)
    weekdays = _number_map(data.get("weekdays"), path, "weekdays", problems, 0, 6)
    month_leads: dict[Phrase, str] = {}
    raw_ml = _mapping(data, "month_lead_ins", path, problems)
    for pos, raw in raw_ml.items():
        if pos not in ("end", "start", "middle"):
            problems.add(path, f"month_lead_ins: unknown position {pos!r} (end, start, middle)")
        month_leads.update(_leads(raw, path, f"month_lead_ins.{pos}", problems, str(pos)))
    season_leads: dict[Phrase, str] = {}
    for kind, raw in _mapping(data, "season_lead_ins", path, problems).items():
        if kind not in ("this", "next"):
            problems.add(path, f"season_lead_ins: unknown kind {kind!r} (this, next)")
        season_leads.update(_leads(raw, path, f"season_lead_ins.{kind}", problems, str(kind)))
    rules = list(_rule_entries(data, "phrases", path, problems))
    rules += list(_rule_entries(data, "holidays", path, problems))
    follows = _phrases(data.get("relative_follow_ups"), path, "relative_follow_ups", problems)
    next_year = _phrases(data.get("next_year"), path, "next_year", problems)
    last_year = _phrases(data.get("last_year"), path, "last_year", problems)
    lex = TimeLexicon(
        numbers=numbers,
        plus_half=plus_half,
        range_joiners=joiners,
        ordinals=ordinals,
        units=_units(data, path, problems),
        unit_tails=_word_set(data, "unit_tails", path, problems),
        relative_leads=_leads(data.get("relative_lead_ins"), path, "relative_lead_ins", problems),
        fillers=frozenset(as_str_list(data.get("relative_fillers"), path, "fillers", problems)),
        event_leads=_word_set(data, "event_leads", path, problems),
        event_not_after=_word_set(data, "event_not_after", path, problems),
        event_leads_not_by=_word_set(data, "event_leads_not_by", path, problems),
        event_reach=int(data.get("event_reach", 4)),
        event_perfect_aux=_word_set(data, "event_perfect_aux", path, problems),
        event_perfect_reach=int(data.get("event_perfect_reach", data.get("event_reach", 4))),
        event_told_participles=frozenset(
            as_str_list(
                data.get("event_told_participles"), path, "event_told_participles", problems
            )
        ),
        event_result_leads=_word_set(data, "event_result_leads", path, problems),
        event_clause_ends=_word_set(data, "event_clause_ends", path, problems),
        story_span_leads=_word_set(data, "story_span_leads", path, problems),
        story_verbs=_word_set(data, "story_verbs", path, problems),
        story_verb_stops=_word_set(data, "story_verb_stops", path, problems),
        story_verb_reach=int(data.get("story_verb_reach", 0)),
        brought_verbs=_word_set(data, "brought_verbs", path, problems),
        brought_direct_verbs=_word_set(data, "brought_direct_verbs", path, problems),
        brought_particles=_word_set(data, "brought_particles", path, problems),
        brought_leads=_word_set(data, "brought_leads", path, problems),
        brought_not_things=_word_set(data, "brought_not_things", path, problems),
        brought_reach=int(data.get("brought_reach", 0)),
        event_after=_word_set(data, "event_after", path, problems),
        event_not_wished=_word_set(data, "event_not_wished", path, problems),
        event_subjects=_word_set(data, "event_subjects", path, problems),
        event_wish_between=_word_set(data, "event_wish_between", path, problems),
        result_aux=_word_set(data, "result_aux", path, problems),
        result_aux_after=_word_set(data, "result_aux_after", path, problems),
        count_words=_word_set(data, "count_words", path, problems),
        count_span_leads=_word_set(data, "count_span_leads", path, problems),
        habit_day_words=_word_set(data, "habit_day_words", path, problems),
        habit_day_reach=int(data.get("habit_day_reach", 0)),
        other_calendar_endings=tuple(
            as_str_list(data.get("other_calendar_endings"), path, "other_calendar_ends", problems)
        ),
        other_calendar_words=_word_set(data, "other_calendar_words", path, problems),
        stated_date_skip=_word_set(data, "stated_date_skip", path, problems),
        stated_date_reach=int(data.get("stated_date_reach", 0)),
        stated_date_verbs=_word_set(data, "stated_date_verbs", path, problems),
        stated_date_subjects=_word_set(data, "stated_date_subjects", path, problems),
        stated_date_free=_word_set(data, "stated_date_free", path, problems),
        exact_after_own_clause=_word_set(data, "exact_after_own_clause", path, problems),
        exact_after_own_subjects=_word_set(data, "exact_after_own_subjects", path, problems),
        feast_day_reach=int(data.get("feast_day_reach", 0)),
        feast_day_days=int(data.get("feast_day_days", 0)),
        feast_day_off=_word_set(data, "feast_day_off", path, problems),
        habit_day_only=_word_set(data, "habit_day_only", path, problems),
        purpose_day_leads=_word_set(data, "purpose_day_leads", path, problems),
        purpose_day_verbs=_word_set(data, "purpose_day_verbs", path, problems),
        purpose_day_reach=int(data.get("purpose_day_reach", 0)),
        purpose_day_done=_word_set(data, "purpose_day_done", path, problems),
        refusal_leads=_phrases(data.get("refusal_leads"), path, "refusal_leads", problems),
        refusal_ends=_word_set(data, "refusal_ends", path, problems),
        refusal_reach=int(data.get("refusal_reach", 0)),
        trouble_time_leads=_word_set(data, "trouble_time_leads", path, problems),
        contrast_leads=_phrases(data.get("contrast_leads"), path, "contrast_leads", problems),
        preferred_after=_phrases(data.get("preferred_after"), path, "preferred_after", problems),
        deadline_marks=_word_set(data, "deadline_marks", path, problems),
        instruction_leads=_phrases(
            data.get("instruction_leads"), path, "instruction_leads", problems
        ),
        instruction_skip=_word_set(data, "instruction_skip", path, problems),
        instruction_between=_word_set(data, "instruction_between", path, problems),
        instruction_gap=int(data.get("instruction_gap", 0)),
        instruction_lead_in=tuple(
            str(w).lower()
            for w in as_str_list(
                data.get("instruction_lead_in"), path, "instruction_lead_in", problems
            )
        ),
        unreached_verbs=_word_set(data, "unreached_verbs", path, problems),
        unreached_phrases=_phrases(
            data.get("unreached_phrases"), path, "unreached_phrases", problems
        ),
        unreached_ends=_word_set(data, "unreached_ends", path, problems),
        unreached_reach=int(data.get("unreached_reach", 0)),
        season_arrivals=_phrases(data.get("season_arrivals"), path, "season_arrivals", problems),
        not_until_leads=_word_set(data, "not_until_leads", path, problems),
        not_until_negations=_word_set(data, "not_until_negations", path, problems),
        not_until_gap=int(data.get("not_until_gap", 0)),
        not_until_span=int(data.get("not_until_span", 0)),
        not_until_reach=int(data.get("not_until_reach", 0)),
        start_leads=_word_set(data, "start_leads", path, problems),
        start_aux=_word_set(data, "start_aux", path, problems),
        start_by_leads=_word_set(data, "start_by_leads", path, problems),
        start_time_leads=_word_set(data, "start_time_leads", path, problems),
        start_skip=_word_set(data, "start_skip", path, problems),
        start_reach=int(data.get("start_reach", 0)),
        contrast_skip=_word_set(data, "contrast_skip", path, problems),
        after_alone_leads=_word_set(data, "after_alone_leads", path, problems),
        after_alone_skip=_word_set(data, "after_alone_skip", path, problems),
        after_alone_months=int(data.get("after_alone_months", 0)),
        period_after_leads=_word_set(data, "period_after_leads", path, problems),
        period_heads=_word_set(data, "period_heads", path, problems),
        ordinal_suffixes=_word_set(data, "ordinal_suffixes", path, problems),
        season_min_days_left=int(data.get("season_min_days_left", 0)),
        horizon_days=int(data.get("horizon_days", 0)),
        relative_follows=_index(((p, 0) for p in follows), path, "follow-ups", problems),
        next_year=_index(((p, 0) for p in next_year), path, "next_year", problems),
        last_year=_index(((p, 0) for p in last_year), path, "last_year", problems),
        habit_not_verbs=_word_set(data, "habit_not_verbs", path, problems),
        refused_before=_word_set(data, "refused_before", path, problems),
        phrases=_index(rules, path, "phrases/holidays", problems),
        blockers=_word_set(data, "blockers", path, problems),
        months=months,
        day_months={**abbrevs, **months},
        month_leads=month_leads,
        date_leads=_leads(data.get("date_lead_ins"), path, "date_lead_ins", problems),
        seasons=_seasons(data, path, problems),
        season_leads=season_leads,
        weekdays=weekdays,
        weekday_leads=_leads(data.get("weekday_lead_ins"), path, "weekday_lead_ins", problems),
        max_lead=0,
        month_over=_phrases(data.get("month_over"), path, "month_over", problems),
        week_words=_word_set(data, "week_words", path, problems),
        month_weekday_joiners=_word_set(data, "month_weekday_joiners", path, problems),
        month_weekday_last=_word_set(data, "month_weekday_last", path, problems),
        habit_span_leads=_word_set(data, "habit_span_leads", path, problems),
        habit_span_skip=_word_set(data, "habit_span_skip", path, problems),
        habit_span_counts=_word_set(data, "habit_span_counts", path, problems),
    )
    for key in ("relative_leads", "date_leads", "weekday_leads", "units", "phrases"):
        if not getattr(lex, key):
            problems.add(path, f"the {key} section is missing or empty")
    leads = (lex.relative_leads, lex.month_leads, lex.date_leads, lex.season_leads)
    longest = max((len(p) for d in (*leads, lex.weekday_leads) for p in d), default=0)
    object.__setattr__(lex, "max_lead", longest)
    sources = (
        lex.numbers,
        lex.ordinals,
        lex.phrases,
        lex.months,
        lex.seasons,
        lex.weekdays,
        lex.week_words,
    )
    object.__setattr__(lex, "triggers", frozenset(w for d in sources for w in d))
    return lex
