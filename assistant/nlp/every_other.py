"""A lone "hver anden" said as a fragment beside a weekday ("søndag. hver anden.", "hver
anden, om søndagen"): every other week on that day, not every week."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.clauses import SENTENCE_ENDS
from assistant.nlp.numbers import word_number

GAP = 2  # stops, commas and a lead ("om") between the fragment and its weekday


def weekday_beside(words: Sequence[str], i: int, end: int, lex) -> int | None:
    """Where a weekday stands next to the fragment words[i:end] ("hver anden") with only stops,
    commas or a period lead between, before or after it; None when the fragment goes on with
    another word ("hver anden gang", "hver anden af dem") or no weekday is beside it."""
    if not _ends(words, end):
        return None
    between = SENTENCE_ENDS | {","} | lex.period_preps
    k = i - 1
    while k >= 0 and i - 1 - k < GAP and words[k] in between:
        k -= 1
    if k >= 0 and k < i - 1 and _weekday(words[k], lex):
        return k
    k = end
    while k < len(words) and k - end < GAP + 1 and words[k] in between:
        k += 1
    if k < len(words) and k > end and _weekday(words[k], lex) and _ends(words, k + 1):
        return k  # "hver anden. søndag.", not "hver anden, søndag er fin"
    return None


def _ends(words: Sequence[str], k: int) -> bool:
    """True when the text stops at k (its end, a stop or a comma)."""
    return k >= len(words) or words[k] in SENTENCE_ENDS or words[k] == ","


def _weekday(word: str, lex) -> bool:
    """True for a weekday said as a day or a habit ("søndag", "søndagen", "søndage")."""
    return word in lex.weekdays or word in lex.weekday_habits


def every_after(words: Sequence[str], end: int, lex) -> tuple[int, int] | None:
    """The (every, end) of a lone "hver anden" fragment right after a weekday that ends at
    `end`, stops or commas between ("om søndagen, hver anden", "søndage. hver anden."); None
    when none follows."""
    k = end
    while k < len(words) and k - end < GAP and (words[k] in SENTENCE_ENDS or words[k] == ","):
        k += 1
    if k + 1 >= len(words) or k == end or words[k] not in lex.every_words:
        return None
    _, ordinal = word_number(words[k + 1], lex.numbers)
    if not ordinal or ordinal < 2 or weekday_beside(words, k, k + 2, lex) is None:
        return None
    return ordinal, k + 2
