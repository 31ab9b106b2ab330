"""The part of the day said after a weekday that ends a frequency ("hver tirsdag aften").

"Hver tirsdag aften, klokken halv otte", "om torsdagen sidst på eftermiddagen": the frequency
ends on the weekday, and the part of the day said right after it (frequency.yaml `day_parts`,
past at most DAY_TIME_REACH words of `day_time_leads`) is part of how often, as said. A part of
the day with no weekday before it ("om aftenen ser jeg tv") is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Words of day_time_leads between the weekday and the part of the day ("sidst på").
DAY_TIME_REACH = 2


def with_day_time(
    said: str | None, texts: Sequence[str], words: Sequence[str], found, lex
) -> str | None:
    """The frequency `said` with the part of the day told after its weekday ("Hver tirsdag" →
    "Hver tirsdag aften"); `said` as it is when none is told, or it is not said to its end."""
    if not said or found is None or lex.weekdays.get(words[found.end - 1]) is None:
        return said
    if said.split()[-1].lower() != texts[found.end - 1].lower():
        return said  # "hver fredag" for "fredag. hver uge.": said in another order
    k = found.end
    while k < len(words) and k - found.end < DAY_TIME_REACH and words[k] in lex.day_time_leads:
        k += 1
    if k >= len(words) or words[k] not in lex.day_parts:
        return said
    return " ".join([said, *texts[found.end : k + 1]])
