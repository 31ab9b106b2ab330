"""Where an errand after a way out is done ("gå ud og samle rav på stranden").

A way out that goes on with "og" (a motion phrase ending in a soft clause break: "gå ud og")
leads to the errand its clause names next by a phrase; a place said after that phrase ("på
stranden", "i skoven") is where the errand is done, not a walk of its own.
"""

from __future__ import annotations

from collections.abc import Sequence


def errand_places(words: Sequence[str], used_phrases, lex) -> dict[int, str]:
    """Token → the errand's activity for each token of a place after an errand led to by a way
    out (`used_phrases`: (activity, start, end, is_motion) of the phrases score_activities
    counted)."""
    out: dict[int, str] = {}
    ways = [e for aid, _s, e, motion in used_phrases if motion and _goes_on(words, e, lex)]
    if not ways:
        return out
    ends = lex.clause_breaks | {","}
    for e0 in ways:
        errand = min(
            ((s, e, aid) for aid, s, e, motion in used_phrases if not motion and s >= e0),
            default=None,
        )
        if errand is None or any(w in ends for w in words[e0 : errand[0]]):
            continue
        s, e, aid = errand
        k = e
        while k < len(words) and words[k] in lex.fillers:
            k += 1
        if k >= len(words) or words[k] not in lex.classes.get("errand_place_leads", ()):
            continue
        while k < len(words) and words[k] not in ends and words[k] not in lex.soft_clause_breaks:
            out[k] = aid
            k += 1
    return out


def _goes_on(words: Sequence[str], end: int, lex) -> bool:
    """True when the phrase ends in a soft clause break ("gå ud og"), or in its dialect form."""
    last = words[end - 1] if end else ""
    return last in lex.soft_clause_breaks or last in lex.classes.get("spoken_and", ())
