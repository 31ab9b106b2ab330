"""Hours a week of work or voluntary work ("tre timer om ugen i lektiecafeen"): the working
time spread over the week, a measure, not how often the goal is done."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import Lexicon
from assistant.nlp.facts import Frequency
from assistant.nlp.quantities import Found, find_frequency

_HOURS = "time"  # the unit id of hours
_DAY = "day"


def _work_time(words: Sequence[str], freq: Found, lex: Lexicon) -> bool:
    """True when `freq` is the "om ugen" of "N timer om ugen" (not "hver uge", not a day)."""
    value = freq.value
    return (
        isinstance(value, Frequency)
        and value.per != _DAY
        and freq.start > 0
        and lex.units.get(words[freq.start - 1]) == _HOURS
        and words[freq.start] not in lex.every_words
        # "tre timer om dagen, to dage om ugen": the days a week are how often
        and freq.start + 1 < len(words)
        and lex.periods.get(words[freq.start + 1]) == value.per
    )


def without_work_time(
    words: Sequence[str], freq: Found | None, act: str | None, lex: Lexicon
) -> Found | None:
    """The frequency said after the hours a week of a work activity (frequency.yaml
    work_time_activities), or None; else `freq` unchanged."""
    if act not in lex.work_time_activities:
        return freq
    while freq is not None and _work_time(words, freq, lex):
        freq = find_frequency(words, lex, freq.end)
    return freq
