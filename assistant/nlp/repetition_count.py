"""Counted movements of an exercise in a wish ("op på 15 knæbøjninger", "femten armbøjninger"):
a measure of repetitions (units.yaml repetition_unit) wherever the wish says them, beside its
other measures ("... og kunne løfte 10 kilo")."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.counted_object import repeated, repetition_unit_of
from assistant.nlp.facts import Measure
from assistant.nlp.numbers import number_at
from assistant.nlp.quantities import Found
from assistant.nlp.word_flags import register, word_bits

_LIMIT_REACH = 2  # words before the count searched for a present limit ("kun", "højst")


def counted_repetitions(words: Sequence[str], measures: Sequence[Found], start: int, lex) -> list:
    """The counts of exercise movements from `start` (the wish) on that no measure covers yet;
    a limit said of today ("kan kun lave fem") is none."""
    if not word_bits(words, lex) & _REPEATED_BIT:
        return []  # no counted movement said (most wishes): no count of one to find
    taken = {k for m in measures for k in range(m.start, m.end)}
    found = []
    for k in range(start, len(words) - 1):
        num = number_at(words, k, lex.numbers)
        if num is None or k in taken or words[k] in lex.numbers.articles:
            continue
        value, used = num
        j = k + used
        unit = repetition_unit_of(words[j], lex) if j < len(words) else None
        if value < 2 or unit is None:
            continue
        if set(words[max(0, k - _LIMIT_REACH) : k]) & set(lex.limit_leads):
            continue  # "kan kun tage fem knæbøjninger": today's level
        found.append(Found(Measure(value, unit), k, j + 1))
    return found


# a word that may be the unit counted (repetition_unit_of is None for every other word)
_REPEATED_BIT = register("repetition_unit", lambda w, _lemma, lex: repeated(w, lex))
