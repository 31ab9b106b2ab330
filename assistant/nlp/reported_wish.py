"""A wish verb inside a reported yes/no question ("hun har spurgt, om jeg ikke vil tage hver anden
søndag igen") is another's request, not the speaker's wish: a later wish said outside one ("Jeg
vil gerne spille orgel til gudstjenesten i kirken igen") is the one the goal is built on. So is
a wish verb in what was promised ("Jeg har lovet mit barnebarn Mads, at jeg vil vise ham
lanternen …"): a plan for the day the goal is reached, not the wish ("Jeg vil gerne gå op i
fyrtårnet med mit barnebarn igen")."""

from __future__ import annotations

from collections.abc import Sequence

_REACH = 3  # words between the question's lead and its wish verb: a subject, a negation
_PROMISE_REACH = 6  # words between a promise verb and its "at" ("lovet mit barnebarn Mads ,")


def past_reported_question(
    words: Sequence[str], verbs: Sequence[int], found: Sequence[int | None], i: int, cues, negations
) -> int:
    """The start of the first wish phrase from i whose verb is in no reported question, when the
    one at i is in one; i itself otherwise (or when no later wish is free of one)."""
    at = {s: v for v, s in zip(verbs, found, strict=True) if s is not None}
    if i not in at:
        return i
    if _asked(words, at[i], cues, negations):
        later = (
            s for s, v in sorted(at.items()) if s > i and not _reported(words, v, cues, negations)
        )
        return next(later, i)
    if not _promised(words, at[i], cues, negations):
        return i
    # "… lære ham å bøde garn før han ska ud og fiske": a wish verb in the promise's own sentence
    # is someone's in it; the wish is said after the promise ends
    later = (
        s
        for s, v in sorted(at.items())
        if s > i
        and not _reported(words, v, cues, negations)
        and any(words[k] in cues.promise_ends for k in range(at[i], v))
    )
    return next(later, i)


def _reported(words: Sequence[str], v: int, cues, negations) -> bool:
    """True when the wish verb at v is in a reported question or in what was promised."""
    return _asked(words, v, cues, negations) or _promised(words, v, cues, negations)


def _promised(words: Sequence[str], v: int, cues, negations) -> bool:
    """True when the wish verb at v follows a subject, "at" (promise_leads) and, up to
    _PROMISE_REACH words before it, a promise verb ("har lovet mit barnebarn, at jeg vil …")."""
    if not cues.promise_verbs:
        return False
    subjects = cues.own_subjects | cues.others_subjects
    k = v - 1
    while k > 0 and words[k] in negations:
        k -= 1
    if k < 1 or words[k] not in subjects or words[k - 1] not in cues.promise_leads:
        return False
    lead = k - 1
    return any(words[j] in cues.promise_verbs for j in range(max(0, lead - _PROMISE_REACH), lead))


def _asked(words: Sequence[str], v: int, cues, negations) -> bool:
    """True when the wish verb at v follows one of reported_question_leads and a subject of
    own_subjects or others_subjects, a negation between at most ("om jeg ikke vil")."""
    subjects = cues.own_subjects | cues.others_subjects
    for k in range(v - 1, max(-1, v - 1 - _REACH), -1):
        if words[k] in negations:
            continue
        return k > 0 and words[k] in subjects and words[k - 1] in cues.reported_question_leads
    return False
