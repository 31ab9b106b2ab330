"""A day of the month said after the bare month is the sharper date.

"min mor skal have en videosamtale … i januar … hun vil gerne lære at klare det selv inden den
12. januar": the month read first (the last day of January) and a later day of the same month
(the 12th) in the utterance: the day wins, as the sharper date the month holds. A later date of
another month ("i januar … til påske") leaves the first reading as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from assistant.content.time import TimeLexicon
from assistant.nlp.dates import DeadlineMatch, find_deadline


def day_in_month(
    words: Sequence[str],
    found: DeadlineMatch | None,
    today: date,
    lex: TimeLexicon,
    in_reason: Callable[[int], bool] | None = None,
) -> DeadlineMatch | None:
    """The later day of the same month when `found` was read from a bare month name, else
    `found`."""
    if found is None:
        return None
    said = words[found.start : found.end]
    if not any(w in lex.months for w in said) or any(w[:1].isdigit() for w in said):
        return found
    end = found.end
    later = find_deadline(
        words[end:], today, lex, None if in_reason is None else lambda k: in_reason(k + end)
    )
    if (
        later is not None
        and (later.date.year, later.date.month) == (found.date.year, found.date.month)
        and later.date < found.date
        and any(w[:1].isdigit() for w in words[end + later.start : end + later.end])
    ):
        return DeadlineMatch(later.date, later.start + end, later.end + end)
    return found
