"""When the word counts' second opinion (activity_model.py) may overrule the rules' activity:
not when the words that carry the point (the wish's own words; with no wish, the sentence after
an opening occasion) name the rules' activity and never the counts' one, which is named only
beside them (a trouble told in a part of its own, the opening occasion), unless the counts
lead by far.

"far vil gerne ud og finde geocacher i skoven med sit barnebarn igen men han kan ikke se
skaermen paa telefonen": the geocaching is named by the wish's words, the phone only by the
trouble told after it; the counts, swayed by "skærm" and "telefon", would file the goal under
communication. "Når jeg kører med flextrafik til genoptræningen, kan jeg ikke nå at tisse
inden": the ride is when. A reading whose rival the point's own words also name ("snakke med
min søn … på ipaden") is still helped by the counts, and so is one whose rival a story beside
the wish names ("savner værkstedet. vil skrue på min gamle nimbus").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

STRONG_IN_POINT = 2.0  # the rules' activity's score in the point's words: a full cue or more
FAR_LEAD = 12.0  # log-likelihood units the counts must lead by to overrule such a reading

Span = tuple[int, int]
Scores = dict[str, tuple[float, int]]


def reading_spans(
    wish: Span | None,
    scene: Sequence[Span],
    parts: Sequence[Span],
    n: int,
    stance_of: Callable[[int, int], str | None],
) -> tuple[Span, list[Span]]:
    """The span of the point's words and the spans told beside it: the wish span and the parts
    (split at "men" and sentence ends) outside it that carry a difficulty; with no wish, the
    words after the last opening occasion (`scene`) and the occasions. `n`: the word count."""
    if wish is not None:
        beside = [
            (lo, hi)
            for lo, hi in parts
            if not (lo < wish[1] and wish[0] < hi) and stance_of(lo, hi) == "difficulty"
        ]
        return wish, beside
    return (max(hi for _lo, hi in scene), n), list(scene)


def named_only_beside(
    aid: str, beside: Sequence[Span], own: Span, n: int, scores_of: Callable[[int, int], Scores]
) -> bool:
    """True when `aid` is named inside some span of `beside` and nowhere else among the `n`
    words but those spans and `own` (where kept_reading checks it apart)."""
    if not any(aid in scores_of(lo, hi) for lo, hi in beside):
        return False
    cuts = sorted([*beside, own])
    gaps, start = [], 0
    for lo, hi in cuts:
        if lo > start:
            gaps.append((start, lo))
        start = max(start, hi)
    if start < n:
        gaps.append((start, n))
    return not any(aid in scores_of(lo, hi) for lo, hi in gaps)


def kept_reading(act: str, other: str, in_own: Scores, counts_lead: float, beside: bool) -> str:
    """`act` when the point's words (their scores `in_own`) name it and not `other`, `other`
    is named only beside them (`beside`: named_only_beside) and the counts lead `act` by no
    more than FAR_LEAD (`counts_lead`); else `other`."""
    if not beside or other in in_own or act not in in_own:
        return other
    return act if in_own[act][0] >= STRONG_IN_POINT and counts_lead <= FAR_LEAD else other
