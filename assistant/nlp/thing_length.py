"""The length of a whole thing said in a wish ("jeg vil gå til messe om søndagen. Hele messen,
en time, og gå op til kommunion"): a duration said right after a comma that follows a whole
thing ("hele messen", "en hel film") tells how long the thing lasts, not how long the person
wants to keep at the deed, so it is no measure of the goal; the measure question is asked. A
duration of the deed itself ("gå en tur, en time", "spille kort hele eftermiddagen, tre timer":
a period of the day, no thing) stays, and so does any other amount ("hele vejen, 500 meter")."""

from __future__ import annotations

from collections.abc import Sequence

THING_WORDS = 2  # words of the whole thing after its lead ("hele messen", "hele den lange messe")


def thing_length(words: Sequence[str], start: int, unit: str, lex) -> bool:
    """True for a duration at `start` (a measure in a unit of the duration kind) right after a
    comma whose clause opens with one of whole_thing_leads at most THING_WORDS words before it
    and names a thing, no period of the day or week ("hele messen, en time")."""
    if lex.unit_kinds.get(unit) != "duration" or start < 3 or words[start - 1] != ",":
        return False
    for k in range(start - 2, max(start - 3 - THING_WORDS, -1), -1):
        if not words[k].isalpha():
            return False
        if words[k] in lex.whole_thing_leads:
            named = words[k + 1 : start - 1]  # "hele eftermiddagen, tre timer": the deed's time
            return bool(named) and not any(w in lex.periods for w in named)
    return False
