"""A trouble overcome: a difficulty told in the past, then what one manages now."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.clauses import SENTENCE_ENDS, is_past_verb

_HARD = frozenset({"difficulty", "wish_negated"})  # the cues of a trouble
_TROUBLE = _HARD | {"refusal"}  # and a refusal: after the now-word, no trouble overcome
_ABLE = frozenset({"resource", "resource_firm", "selv"})  # "nu jeg rejser mig selv" too
_COMMA = ","
GOT_REACH = 3  # words after the now-word a verb of getting may stand ("nu har jeg fået")


def overcome_stance(words: Sequence[str], matches, stance: str | None, lex) -> str | None:
    """Return "resource" for a difficulty told only in the past, or before an aid got, and a
    resource said right after a now-word ("han kunne ikke holde gaffel … nu spiser han selv
    igen", "om natten jeg nåede ikke toilettet … nu jeg klarer selv", "min far ryster … han har
    fået en kop …, nu han kan drikke selv") or right before it ("jeg har det meget bedre nu …
    det har været hårdt"), with no trouble of today after it; after "nu har jeg fået …" the
    resource may stand anywhere in the sentence ("…, så tager jeg tøjet ud selv"). Else
    `stance` ("kunne ikke sove, nu er jeg træt hele dagen", "før kunne hun selv, nu kan hun
    ikke" stay difficulties)."""
    if stance != "difficulty" or not lex.overcome_now:
        return stance
    hard = [(s, e) for lab, s, e in matches if lab in _HARD]
    for t, word in enumerate(words):
        if word not in lex.overcome_now or not hard:
            continue
        if any(lab in _TROUBLE - _HARD and s >= t for lab, s, _e in matches):
            continue  # a refusal after the now-word
        reach = _sentence_end(words, t) if _got_after(words, t, lex) else t + lex.overcome_reach
        able = any(
            lab in _ABLE and (t < s <= reach or e == t) for lab, s, e in matches
        )  # "nu jeg klarer selv", "jeg har det meget bedre nu"
        if able and all(
            _told_past(words, s, e, lex, 0 if s < t else t + 1)
            or (s < t and _got_between(words, e, t, lex))
            for s, e in hard
        ):
            return "resource"
    return stance


def _got_after(words: Sequence[str], t: int, lex) -> bool:
    """True when a verb of getting follows the now-word at t closely ("nu har jeg fået")."""
    return any(w in lex.overcome_got for w in words[t + 1 : t + 1 + GOT_REACH])


def _got_between(words: Sequence[str], end: int, t: int, lex) -> bool:
    """True when a verb of getting stands between a trouble and the now-word: the symptom is
    met by an aid got since ("ryster meget … han har fået en kop …, nu")."""
    return any(w in lex.overcome_got for w in words[end:t])


def _sentence_end(words: Sequence[str], t: int) -> int:
    """The index of the sentence end after t, else the last index."""
    return next((k for k in range(t + 1, len(words)) if words[k] in SENTENCE_ENDS), len(words))


def _told_past(words: Sequence[str], start: int, end: int, lex, first: int = 0) -> bool:
    """True when the clause of the cue at start..end holds one of overcome_past ("han kunne
    ikke", "var for svær") or a verb in the past tense ("jeg nåede ikke"), looking back to a
    clause break, comma or sentence end, and not before `first` (after the now-word: "… og nu
    kan jeg ikke" is no past)."""
    if any(_past(w, lex) for w in words[start:end]):
        return True
    for k in range(start - 1, first - 1, -1):
        w = words[k]
        if w in SENTENCE_ENDS or w == _COMMA or w in lex.clause_breaks:
            return False
        if _past(w, lex):
            return True
    return False


def _past(word: str, lex) -> bool:
    return word in lex.overcome_past or is_past_verb(word, lex)


NOW_OPENS = 2  # words at the start of a part the now-word may stand at ("og nu")


def aid_got_before(words: Sequence[str], aids, parts, n: int, lex) -> bool:
    """True when part n opens with a now-word (or the part before holds "nu har jeg fået") and
    the part right before it names an aid after a verb of getting ("nu har jeg fået en
    seniortelefon med store knapper og nu jeg kan ringe til mine børn selv", "men nu har jeg
    fået en gribetang, så tager jeg tøjet ud selv"): "selv" with the aid got. "… fået en
    rollator. jeg går selv" (no now-word) and an aid named with no getting ("jeg har en
    rollator og nu …") say nothing."""
    if n == 0 or not lex.overcome_got:
        return False
    lo, hi = parts[n]
    before_lo, before_hi = parts[n - 1]
    opens = any(w in lex.overcome_now for w in words[lo : min(hi, lo + NOW_OPENS)])
    # "men nu har jeg fået en gribetang …, så tager jeg tøjet ud selv": the now-word at the getting
    if not opens and not any(
        w in lex.overcome_now and _got_after(words, k, lex)
        for k, w in enumerate(words[before_lo:before_hi], before_lo)
    ):
        return False
    return any(
        before_lo <= i < before_hi and any(w in lex.overcome_got for w in words[before_lo:i])
        for _a, i in aids
    )
