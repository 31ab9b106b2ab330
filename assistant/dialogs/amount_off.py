"""An amount of the goal turned down on the summary ("nej ikke 500 meter men 300 meter", "nej
ikke 500 meter, 300", "nej ikke en kilometer, 500 meter", "nej hun kan ikke gå en kilometer,
hellere 400 meter"): it leaves the goal's measures, and the amount said after it comes in its
place, in its own unit when said with one, in the goal's unit when said bare."""

from __future__ import annotations

from assistant.content.grammar import EDGE
from assistant.content.yesno import normalise
from assistant.dialogs.wordlists import word_set
from assistant.nlp.numbers import number_at

#: Words between the negation and the amount turned down at most ("ikke gå en kilometer").
_GAP = 2


def amount_turned_down(s, before: dict, text: str, ctx) -> bool:
    """True when the answer turns down one of the goal's measures (a negation right before its
    number, or a verb or two before it: "kan ikke gå en kilometer") and the measures now hold
    another amount; the one turned down is gone from them. When no other amount is said, the
    goal's measures stay as they were (False)."""
    old = list(before.get("measures") or [])
    if not old:
        return False
    lex = ctx.content.lexicon
    negations = word_set(ctx.dialogue, "negations")
    raw = [w.strip(EDGE) for w in text.split()]
    words = [normalise(w) for w in raw]
    for i in range(1, len(words)):
        if words[i - 1] not in negations or text.split()[i - 1][-1:] in EDGE:
            continue
        hit, end = _old_amount(words, i, old, lex)
        if hit is None:
            continue
        new = [m for m in s.slots.get("measures") or [] if m != hit]
        if not new:
            found = _next_amount(words, end, lex, negations, hit["unit"])
            if found is not None:
                amount, k, n = found
                new = [amount]
                if n > 1:  # "500 meter": shown back as said
                    said = dict(s.slots.get("measures_said") or {})
                    said[f"{_number(amount['value'])} {amount['unit']}"] = " ".join(raw[k : k + n])
                    s.slots["measures_said"] = said
        s.slots["measures"] = new or old
        return bool(new)
    return False


def _old_amount(words: list[str], i: int, old: list[dict], lex) -> tuple[dict | None, int]:
    """The goal's measure said from word i on, past at most _GAP other words ("ikke gå en
    kilometer": an article counts as one before a unit), and the index after it; (None, i)."""
    for k in range(i, min(i + _GAP + 1, len(words))):
        found = _amount_at(words, k, lex)
        if found is None:
            continue
        value, unit, n = found
        hit = next(
            (m for m in old if float(m["value"]) == value and unit in (None, m["unit"])), None
        )
        return (hit, k + n) if hit else (None, i)
    return None, i


def _amount_at(words: list[str], k: int, lex) -> tuple[float, str | None, int] | None:
    """(value, unit or None, words used) of an amount at k: a number and the unit after it,
    or an article right before a unit ("en kilometer"); None when none starts there."""
    found = number_at(words, k, lex.numbers, articles=False)
    if found is None and words[k] in lex.numbers.articles and k + 1 < len(words):
        found = (1, 1) if words[k + 1] in lex.units else None
    if found is None:
        return None
    after = k + found[1]
    unit = lex.units.get(words[after]) if after < len(words) else None
    return float(found[0]), unit, found[1] + (unit is not None)


def _next_amount(words: list[str], start: int, lex, negations, unit: str):
    """(measure, index, words used) of the first amount after `start` not right after a
    negation, in its own unit or else `unit`; None when none is said."""
    for k in range(start, len(words)):
        found = number_at(words, k, lex.numbers, articles=False)
        if found and found[0] > 0 and words[k - 1] not in negations:
            after = k + found[1]
            said = lex.units.get(words[after]) if after < len(words) else None
            amount = {"value": _number(found[0]), "unit": said or unit}
            return amount, k, found[1] + (said is not None)
    return None


def _number(value):
    """An integer value as an int ("500"), else as it is."""
    return int(value) if float(value).is_integer() else value
