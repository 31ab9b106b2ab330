"""A trouble overcome: a difficulty told in the past, then what one manages now."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.clauses import SENTENCE_ENDS

_HARD = frozenset({"difficulty", "wish_negated"})  # the cues of a trouble
_TROUBLE = _HARD | {"refusal"}  # and a refusal: after the now-word, no trouble overcome
_ABLE = frozenset({"resource", "resource_firm"})
_COMMA = ","


def overcome_stance(words: Sequence[str], matches, stance: str | None, lex) -> str | None:
    """Return "resource" for a difficulty told only in the past and a resource said right after a
    now-word with no trouble after it ("han kunne ikke holde gaffel … nu spiser han selv igen",
    "min mobil var for svær … nu jeg kan ringe selv"); else `stance` ("kunne ikke sove, nu er
    jeg træt hele dagen", "før kunne hun selv, nu kan hun ikke" stay difficulties)."""
    if stance != "difficulty" or not lex.overcome_now:
        return stance
    for t, word in enumerate(words):
        if word not in lex.overcome_now:
            continue
        before = [(s, e) for lab, s, e in matches if lab in _HARD and s < t]
        if not before or any(lab in _TROUBLE and s >= t for lab, s, _e in matches):
            continue
        able = any(lab in _ABLE and t < s <= t + lex.overcome_reach for lab, s, _e in matches)
        if able and all(_told_past(words, s, e, lex) for s, e in before):
            return "resource"
    return stance


def _told_past(words: Sequence[str], start: int, end: int, lex) -> bool:
    """True when the clause of the cue at start..end holds one of overcome_past ("han kunne
    ikke", "var for svær"), looking back to a clause break, comma or sentence end."""
    if any(w in lex.overcome_past for w in words[start:end]):
        return True
    for k in range(start - 1, -1, -1):
        w = words[k]
        if w in SENTENCE_ENDS or w == _COMMA or w in lex.clause_breaks:
            return False
        if w in lex.overcome_past:
            return True
    return False


NOW_OPENS = 2  # words at the start of a part the now-word may stand at ("og nu")


def aid_got_before(words: Sequence[str], aids, parts, n: int, lex) -> bool:
    """True when part n opens with a now-word and the part right before it names an aid after
    a verb of getting ("nu har jeg fået en seniortelefon med store knapper og nu jeg kan ringe
    til mine børn selv"): "selv" with the aid got. "… fået en rollator. jeg går selv" (no
    now-word) and an aid named with no getting ("jeg har en rollator og nu …") say nothing."""
    if n == 0 or not lex.overcome_got:
        return False
    lo, hi = parts[n]
    if not any(w in lex.overcome_now for w in words[lo : min(hi, lo + NOW_OPENS)]):
        return False
    before_lo, before_hi = parts[n - 1]
    return any(
        before_lo <= i < before_hi and any(w in lex.overcome_got for w in words[before_lo:i])
        for _a, i in aids
    )
