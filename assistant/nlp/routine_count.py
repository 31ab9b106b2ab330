"""So many times each period said of a routine ("vaske mine fødder fem gange hver dag"): how
often it is done, where the same words of an exercise are repetitions done once a period."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import Lexicon
from assistant.nlp.facts import Frequency
from assistant.nlp.numbers import number_at
from assistant.nlp.quantities import Found

_TIMES = "gang"  # the unit id of a count of times
_NUMBER_REACH = 3  # words a number said before "gange" may take ("fem", "tyve", "halvtreds")


def routine_rhythm(
    words: Sequence[str], freq: Found | None, act: str | None, lex: Lexicon
) -> Found | None:
    """The frequency N times each period when `freq` is the once a period of "N gange hver
    <period>" read as repetitions (frequency.yaml repetition_min) and the activity is none of
    repetition_activities; else `freq` unchanged."""
    if freq is None or act in lex.repetition_activities or not isinstance(freq.value, Frequency):
        return freq
    k = freq.start
    value = freq.value
    if k < 2 or words[k] not in lex.every_words or lex.units.get(words[k - 1]) != _TIMES:
        return freq
    if (value.times, value.every) != (1, 1):
        return freq
    for i in range(max(0, k - 1 - _NUMBER_REACH), k - 1):
        num = number_at(words, i, lex.numbers)
        if num is not None and i + num[1] == k - 1 and num[0] >= lex.repetition_min:
            return Found(Frequency(num[0], value.per, 1), i, freq.end)
    return freq
