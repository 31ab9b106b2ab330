"""Hours said per day ("arbejde tre timer om dagen", "fire timer om dagen i haven"): how long
each day's stint lasts, a measure of hours and no goal frequency (as "20 timer om ugen")."""

from __future__ import annotations

from collections.abc import Sequence

_HOURS = "time"  # the unit of hours
_DAY = "day"


def hours_a_day(words: Sequence[str], freq, measures, lex) -> bool:
    """True for a per-day frequency said with no count of its own ("om dagen", not "hver dag")
    right after a measure of more than one hour; "en halv time om dagen" stays daily."""
    if freq is None or getattr(freq.value, "per", None) != _DAY:
        return False
    if words[freq.start] in lex.every_words:  # "to timer hver dag": how often
        return False
    return any(
        m.end == freq.start and m.value.unit == _HOURS and m.value.value > 1 for m in measures
    )
