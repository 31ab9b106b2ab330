"""A wish verb inside a reported yes/no question ("hun har spurgt, om jeg ikke vil tage hver anden
søndag igen") is another's request, not the speaker's wish: a later wish said outside one ("Jeg
vil gerne spille orgel til gudstjenesten i kirken igen") is the one the goal is built on."""

from __future__ import annotations

from collections.abc import Sequence

_REACH = 3  # words between the question's lead and its wish verb: a subject, a negation


def past_reported_question(
    words: Sequence[str], verbs: Sequence[int], found: Sequence[int | None], i: int, cues, negations
) -> int:
    """The start of the first wish phrase from i whose verb is in no reported question, when the
    one at i is in one; i itself otherwise (or when no later wish is free of one)."""
    at = {s: v for v, s in zip(verbs, found, strict=True) if s is not None}
    if i not in at or not _asked(words, at[i], cues, negations):
        return i
    later = (s for s, v in sorted(at.items()) if s > i and not _asked(words, v, cues, negations))
    return next(later, i)


def _asked(words: Sequence[str], v: int, cues, negations) -> bool:
    """True when the wish verb at v follows one of reported_question_leads and a subject of
    own_subjects or others_subjects, a negation between at most ("om jeg ikke vil")."""
    subjects = cues.own_subjects | cues.others_subjects
    for k in range(v - 1, max(-1, v - 1 - _REACH), -1):
        if words[k] in negations:
            continue
        return k > 0 and words[k] in subjects and words[k - 1] in cues.reported_question_leads
    return False
