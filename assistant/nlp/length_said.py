"""How long a whole thing lasts, said as a comment after the sign ("være med til hele
korprøven, den varer to timer"), goes with the thing in the goal: "være med til hele korprøven
på to timer". The comment opens with one of comment_subjects and a verb of length_verbs, names
an amount of the time kind and ends the sign; the thing before its comma is said whole (one of
whole_thing_leads within a few words). Any other comment stays for without_comment."""

from __future__ import annotations

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b

_THING_WORDS = 3  # words from the whole-lead to the comma ("hele den lange korprøve,")
_AMOUNT_WORDS = 4  # words of the length ("to timer", "en god halv time", "vel en time")


def length_with_thing(words: list[str], g: Grammar) -> list[str]:
    """The sign with a length comment after a whole thing said as "<lead> <amount>" after the
    thing ("… hele korprøven på to timer"); the words as they are otherwise."""
    if not g.length_verbs or not g.length_lead:
        return words
    units = {u for k in g.measure_kinds if k.name == g.length_kind for u in k.units}
    for i in range(1, len(words) - 2):
        if not words[i - 1].endswith(",") or _b(words[i]) not in g.comment_subjects:
            continue
        if _b(words[i + 1]) not in g.length_verbs:
            continue
        amount = [w.rstrip(".,;:!?") for w in words[i + 2 :]]
        if not 0 < len(amount) <= _AMOUNT_WORDS or not any(_unit(w, units) for w in amount):
            continue
        thing = range(max(0, i - 1 - _THING_WORDS), i)
        if not any(_b(words[k]) in g.length_whole_leads for k in thing):
            continue
        return [*words[: i - 1], words[i - 1].rstrip(","), g.length_lead, *amount]
    return words


def _unit(word: str, units: set[str]) -> bool:
    """True for a word of a unit of the time kind, in any form ("timer", "minutter")."""
    low = _b(word)
    return any(low.startswith(u) for u in units)
