"""Numbers in Danish utterances: digits, number words, fractions, ordinals, ranges."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.content.lexicon import NumberWords
from assistant.nlp.memo import once

_DIGITS = re.compile(r"^(\d+)(?:[.,](\d+))?$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")  # "1.500": a dot groups thousands
_ORDINAL = re.compile(r"^(\d{1,3})\.$")
_HALF = re.compile(r"^(\d*)½$")
_RANGE = re.compile(r"^(\d+(?:[.,]\d+)?)[-–](\d+(?:[.,]\d+)?)$")
_TIMES = re.compile(r"^(\d+)x$")


def word_number(lower: str, words: NumberWords) -> tuple[float | None, int | None]:
    """Return (cardinal value, ordinal value) of one lower-case token; None where it is not."""
    if not lower or not (lower[0].isdigit() or lower[0] == "½"):
        if lower in words.cardinals:
            return words.cardinals[lower], words.ordinals.get(lower)
        if lower in words.fractions:
            return words.fractions[lower], None
        return None, words.ordinals.get(lower)
    if m := _ORDINAL.match(lower):
        return None, int(m.group(1))
    if _THOUSANDS.match(lower):
        return float(lower.replace(".", "")), None
    if m := _DIGITS.match(lower):
        return float(f"{m.group(1)}.{m.group(2) or 0}"), None
    if m := _HALF.match(lower):
        return (float(m.group(1) or 0) + 0.5), None
    if m := _RANGE.match(lower):
        return float(m.group(1).replace(",", ".")), None
    if m := _TIMES.match(lower):
        return float(m.group(1)), None
    if lower in words.cardinals:
        ordinal = words.ordinals.get(lower)
        return words.cardinals[lower], ordinal
    if lower in words.fractions:
        return words.fractions[lower], None
    return None, words.ordinals.get(lower)


def number_words(nw: NumberWords) -> frozenset[str]:
    """Every word word_number or number_at reads a value or an ordinal from, besides those
    opening with a digit or "½": a scan passes any other word with one set lookup."""
    return once(nw, "number_words", _number_words)


def _number_words(nw: NumberWords) -> frozenset[str]:
    return frozenset().union(nw.cardinals, nw.ordinals, nw.fractions, nw.phrase_starts, nw.articles)


def number_at(words: Sequence[str], i: int, nw: NumberWords, *, articles: bool = True):
    """Read a number starting at words[i]; return (value, tokens used) or None.

    Handles "et par", "en halv", "to og en halv", "halvanden", "to tusind", "en halv snes",
    "2-3", "1½".
    Articles ("en", "et") count as 1 only when `articles` is true.
    """
    w = words[i]
    if not (
        w[:1].isdigit()
        or w[:1] == "½"
        or w in nw.cardinals
        or w in nw.fractions
        or w in nw.phrase_starts
        or w in nw.articles
    ):
        return None  # most words: no number starts here (the scan's common case, kept cheap)
    n = len(words)
    if w in nw.phrase_starts:
        for phrase, value in nw.phrases.items():
            k = len(phrase)
            if phrase[0] == w and tuple(words[i : i + k]) == phrase:
                if i + k < n and words[i + k] in nw.multipliers:  # "et par hundrede" = 200
                    return value * nw.multipliers[words[i + k]], k + 1
                return value, k
    if w in nw.articles:
        if i + 1 < n and words[i + 1] in nw.fractions:
            if i + 2 < n and words[i + 2] in nw.multipliers:  # "en halv snes" = 10
                value, used = _with_rest(words, i + 1, nw.fractions[words[i + 1]], 1, nw)
                return value, used + 1
            return nw.fractions[words[i + 1]], 2
        if i + 1 < n and words[i + 1] in nw.multipliers:  # "et hundrede og tyve"
            return _with_rest(words, i, 1.0, 1, nw)
        return (1.0, 1) if articles else None
    value, _ = word_number(w, nw)
    if value is None:
        return None
    used = 1
    # "tre til fire gange": a range counts as its lower bound (as "3-4" does)
    if i + 2 < n and words[i + 1] == "til":
        upper, _ = word_number(words[i + 2], nw)
        if upper is not None and upper > value and words[i + 2] not in nw.articles:
            return value, 3
    # "tre fire gange", "fem seks hundrede meter": two number words in a row, the second
    # larger, are a range said loosely, and count as its lower bound too
    if (
        i + 1 < n
        and w in nw.cardinals
        and words[i + 1] in nw.cardinals
        and words[i + 1] not in nw.articles | nw.multipliers.keys()
        and nw.cardinals[words[i + 1]] > value
    ):
        used = 2
    if i + used < n and words[i + used] in nw.multipliers:
        return _with_rest(words, i, value, used, nw)
    if w in nw.multipliers:  # "hundrede og halvtreds" = 150
        return _with_rest(words, i, 1.0, 0, nw)
    # "to og en halv" = 2.5, and spoken without "og": "to en halv time"
    half = words[i + used : i + used + 3]
    if half in (["og", "en", "halv"], ["og", "et", "halvt"]):
        value += 0.5
        used += 3
    elif w in nw.cardinals and half[:2] in (["en", "halv"], ["et", "halvt"]):
        value += 0.5
        used += 2
    return value, used


def opens_with_number(text: str, nw: NumberWords) -> bool:
    """True when `text` opens with a number ("tre runder", "2 kilo"), an article aside."""
    words = [w.lower().strip(",.;:!?") for w in text.split()]
    return bool(words) and number_at(words, 0, nw, articles=False) is not None


def _with_rest(words: Sequence[str], i: int, value: float, used: int, nw: NumberWords):
    """(value, tokens used) of a number whose multiplier stands at words[i + used], with the
    smaller number said after it: "hundrede og halvtreds" = 150, "to hundrede og tyve" = 220,
    "tusind fem hundrede" = 1500; the rest is added only when it is below the multiplier."""
    mult = nw.multipliers[words[i + used]]
    value *= mult
    used += 1
    k = i + used + (1 if words[i + used : i + used + 1] == ["og"] else 0)
    if k < len(words) and words[k] not in nw.articles and words[k] not in nw.phrase_starts:
        rest = number_at(words, k, nw, articles=False)
        if rest is not None and rest[0] < mult and (k > i + used or rest[0] >= 100):
            # "og" joins any smaller number; without it only hundreds follow a thousand
            return value + rest[0], k - i + rest[1]
    if words[i + used : i + used + 3] in (["og", "en", "halv"], ["og", "et", "halvt"]):
        return value + 0.5, used + 3
    return value, used


def written_number(digits: str) -> str:
    """Typed digits as the goal writes them: a decimal point as the Danish comma ("1.5" →
    "1,5"), a dot that groups thousands kept ("1.500")."""
    return digits if _THOUSANDS.match(digits) else digits.replace(".", ",")
