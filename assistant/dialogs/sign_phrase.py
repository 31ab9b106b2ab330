"""A new amount said on the summary inside a phrase of its own keeps that phrase: "Ikke 10
kilometer, … Jeg vil gå den korte rute på 7 kilometer." for "… når jeg kan gå den lange rute på
10 kilometer med klubben" gives "… den korte rute på 7 kilometer med klubben" (blind150
Vibeke), not "den lange rute på 7 kilometer". The phrase is read back from the amount to its
article, word for word against the sign's own: the same length, the same article, at least the
word before the amount the same; the words said differently come from the answer."""

from __future__ import annotations

from assistant.content.grammar import EDGE, fold

#: Words from the article to the amount at most ("den korte rute på").
_REACH = 5


def phrase_in_sign(s, text: str, ctx) -> bool:
    """True when the sign (its new amount already in place, sign_amount.py) takes the words of
    the answer's phrase around the same amount (see the module)."""
    sign = str(s.slots.get("criterion") or "").split()
    said = text.split()
    articles = ctx.content.goals.grammar.articles
    new = _new_said(s)
    at, t = _at(sign, new), _at(said, new)
    if at is None or t is None:
        return False
    low_sign = [_low(w) for w in sign]
    low_said = [_low(w) for w in said]
    for j in range(1, _REACH + 1):
        if at - j < 0 or t - j < 0 or any(w[-1:] in EDGE for w in said[t - j : t]):
            return False  # the answer's phrase ends at a mark: no phrase of its own
        if low_said[t - j] in articles:
            if low_sign[at - j] != low_said[t - j] or low_sign[at - 1] != low_said[t - 1]:
                return False
            differ = [k for k in range(1, j) if low_sign[at - k] != low_said[t - k]]
            if not differ:
                return False
            for k in differ:
                word = said[t - k].strip(EDGE)
                sign[at - k] = word + sign[at - k][len(sign[at - k].rstrip(EDGE)) :]
            s.slots["criterion"] = " ".join(sign)
            return True
    return False


def _new_said(s) -> list[str]:
    """The words the goal's one measure is said with ("7 kilometer")."""
    measure = (s.slots.get("measures") or [{}])[0]
    value = measure.get("value")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    key = f"{value} {measure.get('unit')}"
    return str((s.slots.get("measures_said") or {}).get(key) or key).split()


def _low(word: str) -> str:
    return fold(word.strip(EDGE)).lower()


def _at(words: list[str], want: list[str]) -> int | None:
    """Where `want` stands in `words` (folded, edge marks aside), its last saying, or None."""
    low, wanted = [_low(w) for w in words], [_low(w) for w in want]
    hits = [k for k in range(len(low)) if wanted and low[k : k + len(wanted)] == wanted]
    return hits[-1] if hits else None
