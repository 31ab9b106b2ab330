"""An amount of the goal turned down on the summary ("nej ikke 500 meter men 300 meter", "nej
ikke 500 meter, 300", "nej ikke en kilometer, 500 meter", "nej hun kan ikke gå en kilometer,
hellere 400 meter"): it leaves the goal's measures, and the amount said after it comes in its
place, in its own unit when said with one, in the goal's unit when said bare; a number that
counts a thing of its own ("nej ikke en time, tre runder") is no amount in the goal's unit."""

from __future__ import annotations

import re

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
    found = measure_turned_down(before, text, ctx)
    if found is None:
        return False
    hit, end = found
    old = list(before.get("measures") or [])
    lex = ctx.content.lexicon
    negations = word_set(ctx.dialogue, "negations")
    raw = [w.strip(EDGE) for w in text.split()]
    words = [normalise(w) for w in raw]
    new = [m for m in s.slots.get("measures") or [] if m != hit]
    if not new:
        grammar = ctx.content.goals.grammar
        amount = _next_amount(words, end, lex, negations, hit["unit"], grammar.function_words)
        if amount is not None and amount[0] is None:
            # "nej ikke en time, tre runder": a count of a thing, the sign with the goal's verb
            return _counted_sign(s, before, hit, text.split()[amount[1] :], grammar)
        if amount is not None:
            measure, k, n = amount
            new = [measure]
            if n > 1:  # "500 meter": shown back as said
                said = dict(s.slots.get("measures_said") or {})
                said[f"{_number(measure['value'])} {measure['unit']}"] = " ".join(raw[k : k + n])
                s.slots["measures_said"] = said
    s.slots["measures"] = new or old
    return bool(new)


def _counted_sign(s, before: dict, hit: dict, told: list[str], grammar) -> bool:
    """The sign "<the goal's verb> <the count and its thing>" ("sejle tre runder"), said up to
    the end of its clause, in the place of the goal's amount `hit`; False when the goal has no
    verb to say it with."""
    own = str(before.get("own_action") or "").split()
    sign = str(before.get("criterion") or "").split()
    verb = next((w for w in (sign[:1] + own[:1]) if grammar.is_infinitive(normalise(w))), None)
    thing = []
    for word in told:
        thing.append(word.strip(EDGE))
        if word[-1:] in EDGE:
            break
    if verb is None or len(thing) < 2:
        return False
    s.slots["criterion"] = " ".join([verb, *thing])
    for key in ("criterion_card", "criterion_task"):
        s.slots.pop(key, None)
    measures = [m for m in before.get("measures") or [] if m != hit]
    if measures:
        s.slots["measures"] = measures
    else:
        s.slots.pop("measures", None)
    return True


def measure_turned_down(before: dict, text: str, ctx) -> tuple[dict, int] | None:
    """The goal's measure the answer turns down ("nej, ikke en time" for {1, "time"}) and the
    index of the word after it; None when it turns none down."""
    old = list(before.get("measures") or [])
    if not old:
        return None
    lex = ctx.content.lexicon
    negations = word_set(ctx.dialogue, "negations")
    told = text.split()
    words = [normalise(w.strip(EDGE)) for w in told]
    for i in range(1, len(words)):
        if words[i - 1] not in negations or told[i - 1][-1:] in EDGE:
            continue
        hit, end = _old_amount(words, i, old, lex)
        if hit is not None:
            return hit, end
    return None


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
    or an article right before a unit ("en kilometer", "en hel time"); None when none starts
    there."""
    found = number_at(words, k, lex.numbers, articles=False)
    if found is None and words[k] in lex.numbers.articles and k + 1 < len(words):
        whole = words[k + 1] in lex.criterion.span_fillers and k + 2 < len(words)
        found = (1, 1 + whole) if words[k + 1 + whole] in lex.units else None
    if found is None:
        return None
    after = k + found[1]
    unit = lex.units.get(words[after]) if after < len(words) else None
    return float(found[0]), unit, found[1] + (unit is not None)


def _next_amount(words: list[str], start: int, lex, negations, unit: str, function_words):
    """(measure, index, words used) of the first amount after `start` not right after a
    negation, in its own unit or else `unit`; None when none is said; (None, index, words
    used) when the first one counts a thing of its own ("tre runder": no three of the goal's
    hours)."""
    for k in range(start, len(words)):
        found = _amount_at(words, k, lex)  # "300", "3 kilometer", "en hel time"
        if found and found[0] > 0 and words[k - 1] not in negations:
            value, said, n = found
            after = k + n
            counted = after < len(words) and words[after].isalpha()
            if said is None and counted and words[after] not in function_words:
                return None, k, n
            return {"value": _number(value), "unit": said or unit}, k, n
    return None


def _number(value):
    """An integer value as an int ("500"), else as it is."""
    return int(value) if float(value).is_integer() else value


#: What deed_as_sign found: the deed is the new sign, or the wish said again with a new amount.
SIGN, AMOUNT = "sign", "amount"


def deed_as_sign(s, before: dict, text: str, ctx) -> str:
    """A deed said on the summary with the verb of the goal's wish or sign, right after one of
    the goal's amounts turned down ("Nej, ikke en time. Til kapsejladsen vil jeg sejle hele
    løbet, tre runder om bøjerne." for "sejle med min modelbåd …" measured by "sejle båden en
    hel time …"): how much, said anew, no new wish. The goal's wish stays; the deed from its
    verb on is the sign (the occasion fronted before the verb, "til kapsejladsen", aside), and
    the amount turned down leaves the measures (SIGN). The deed must say how much itself (a
    number, "hele"): "nej ikke en time, jeg vil bare sejle med min modelbåd" gives no sign ("").
    With an amount in the unit turned down ("ikke 5 kilometer … gå den korte tur på 3
    kilometer") only the wish is kept (AMOUNT): the amount anew is read by sign_amount.py and
    sign_phrase.py into the goal's own sign."""
    old, new = str(before.get("own_action") or "").split(), str(s.slots.get("own_action") or "")
    lex = ctx.content.lexicon
    sign = str(before.get("criterion") or "").split()
    verbs = {lex.lemma(normalise(w)) for w in (old[:1] + sign[:1])}
    deed = new.split()
    if not old or not deed or normalise(new) == normalise(" ".join(old)):
        return ""
    if lex.lemma(normalise(deed[0])) not in verbs or not _says_amount(deed, lex):
        return ""
    found = measure_turned_down(before, text, ctx)
    if found is None:
        return ""
    for key in ("activity", "own_action", "activity_guessed", "activity_card"):
        if before.get(key) is None:
            s.slots.pop(key, None)
        else:
            s.slots[key] = before[key]
    if any(m != found[0] and m.get("unit") == found[0].get("unit") for m in new_measures(s)):
        return AMOUNT
    fronted = _before_verb(text, deed[0])
    while len(deed) > 1 and normalise(deed[-1].strip(EDGE)) in fronted:
        deed.pop()
    s.slots["criterion"] = " ".join(deed).rstrip(EDGE)
    for key in ("criterion_card", "criterion_task"):
        s.slots.pop(key, None)
    measures = [m for m in s.slots.get("measures") or [] if m != found[0]]
    if measures:
        s.slots["measures"] = measures
    else:
        s.slots.pop("measures", None)
    return SIGN


def new_measures(s) -> list[dict]:
    """The measures the answer left in the goal's slots."""
    return [m for m in s.slots.get("measures") or [] if isinstance(m, dict)]


def _says_amount(deed: list[str], lex) -> bool:
    """True when a deed says how much: a number ("tre runder") or a word of a whole ("hele
    løbet", "et helt løb")."""
    words = [normalise(w.strip(EDGE)) for w in deed]
    whole = lex.criterion.span_fillers
    return any(
        w in whole or number_at(words, k, lex.numbers, articles=False) for k, w in enumerate(words)
    )


def _before_verb(text: str, verb: str) -> set[str]:
    """The words of the clause of `verb` said before it ("til kapsejladsen vil jeg" before
    "sejle"); none when the verb is not said."""
    for part in re.split(r"[.,;:!?]", text):
        words = [normalise(w.strip(EDGE)) for w in part.split()]
        if normalise(verb) in words:
            return set(words[: words.index(normalise(verb))])
    return set()
