"""An amount of the goal turned down on the summary ("nej ikke 500 meter men 300 meter", "nej
ikke 500 meter, 300"): it leaves the goal's measures, and the amount said after it comes in its
place, in the goal's unit when said bare."""

from __future__ import annotations

from assistant.content.grammar import EDGE
from assistant.content.yesno import normalise
from assistant.dialogs.wordlists import word_set
from assistant.nlp.numbers import number_at


def amount_turned_down(s, before: dict, text: str, ctx) -> bool:
    """True when the answer turns down one of the goal's measures (a negation right before its
    number) and the measures now hold another amount; the one turned down is gone from them.
    When no other amount is said, the goal's measures stay as they were (False)."""
    old = list(before.get("measures") or [])
    if not old:
        return False
    numbers = ctx.content.lexicon.numbers
    negations = word_set(ctx.dialogue, "negations")
    words = [normalise(w.strip(EDGE)) for w in text.split()]
    for i in range(1, len(words)):
        if words[i - 1] not in negations:
            continue
        found = number_at(words, i, numbers, articles=False)
        hit = found and next((m for m in old if float(m["value"]) == found[0]), None)
        if not hit:
            continue
        new = [m for m in s.slots.get("measures") or [] if m != hit]
        if not new:
            value = _next_number(words, i + found[1], numbers, negations)
            new = [{"value": value, "unit": hit["unit"]}] if value else []
        s.slots["measures"] = new or old
        return bool(new)
    return False


def _next_number(words: list[str], start: int, numbers, negations) -> int | float | None:
    """The first number after `start` not right after a negation, or None."""
    for k in range(start, len(words)):
        found = number_at(words, k, numbers, articles=False)
        if found and found[0] > 0 and words[k - 1] not in negations:
            return int(found[0]) if float(found[0]).is_integer() else found[0]
    return None
