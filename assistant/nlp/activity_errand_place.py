"""Where an errand after a way out is done ("gå ud og samle rav på stranden").

A way out that goes on with "og" (a motion phrase ending in a soft clause break: "gå ud og")
leads to the errand its clause names next by a phrase; a place said after that phrase ("på
stranden", "i skoven") is where the errand is done, not a walk of its own. So is the place a way
leads into before its "og" and the errand ("gå ned i parken og fodre ænderne").
"""

from __future__ import annotations

from collections.abc import Sequence


def errand_places(words: Sequence[str], used_phrases, lex) -> dict[int, str]:
    """Token → the errand's activity for each token of a place after an errand led to by a way
    out (`used_phrases`: (activity, start, end, is_motion) of the phrases score_activities
    counted)."""
    out: dict[int, str] = {}
    ends = lex.clause_breaks | {","}
    for _aid, _s, e, motion in used_phrases:
        if motion and not _goes_on(words, e, lex):
            out.update(_place_before_errand(words, e, used_phrases, ends, lex))
    ways = [e for aid, _s, e, motion in used_phrases if motion and _goes_on(words, e, lex)]
    if not ways:
        return out
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


def _place_before_errand(words: Sequence[str], end: int, used_phrases, ends, lex) -> dict[int, str]:
    """Token → the errand's activity for the place a way leads into ("gå ned i | parken | og
    fodre ænderne"): the words from `end` up to the way's soft clause break, when a phrase of
    another errand starts right after it (fillers between); {} otherwise."""
    k = end
    while k < len(words) and words[k] not in ends and not _soft(words[k], lex):
        k += 1
    if k == end or k >= len(words) or not _soft(words[k], lex):
        return {}
    nxt = k + 1
    while nxt < len(words) and words[nxt] in lex.fillers:
        nxt += 1
    errand = next((aid for aid, s, _e, motion in used_phrases if not motion and s == nxt), None)
    return dict.fromkeys(range(end, k), errand) if errand else {}


def _soft(word: str, lex) -> bool:
    """True for a soft clause break ("og"), or its dialect form ("å")."""
    return word in lex.soft_clause_breaks or word in lex.classes.get("spoken_and", ())


def _goes_on(words: Sequence[str], end: int, lex) -> bool:
    """True when the phrase ends in a soft clause break ("gå ud og"), or in its dialect form."""
    last = words[end - 1] if end else ""
    return last in lex.soft_clause_breaks or last in lex.classes.get("spoken_and", ())
