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
    # is someone's in it; the wish is said after the promise ends; a later wish pointing back
    # at it ("jeg vil gerne kunne klare det") replaces it only when it was promised not done
    negated = words[at[i] - 1] in negations
    later = (
        s
        for s, v in sorted(at.items())
        if s > i
        and not _reported(words, v, cues, negations)
        and any(words[k] in cues.promise_ends for k in range(at[i], v))
        and (negated or not _points_back(words, v, cues))
    )
    return next(later, i)


def _points_back(words: Sequence[str], v: int, cues) -> bool:
    """True when the wish verb at v only points back at the promised deed: a pointing word of
    promise_back fronted before it ("det vil jeg gerne nå") or ending its clause ("jeg vil
    gerne kunne holde til det", "klare det selv"), not a determiner ("gå den tur igen")."""
    if v and words[v - 1] in cues.promise_back:
        return True
    for k in range(v + 1, len(words)):
        if not words[k].isalpha():
            return False
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if words[k] in cues.promise_back and (not nxt.isalpha() or nxt in cues.promise_back_after):
            return True
    return False


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
    verb = next(
        (j for j in range(lead - 1, max(-1, lead - 1 - _PROMISE_REACH), -1)
         if words[j] in cues.promise_verbs),
        None,
    )  # fmt: skip
    # "har lovet mig selv, at jeg vil …": a promise to oneself is the wish, no plan
    return verb is not None and not any(w in cues.promise_self for w in words[verb:lead])


def _asked(words: Sequence[str], v: int, cues, negations) -> bool:
    """True when the wish verb at v follows one of reported_question_leads and a subject of
    own_subjects or others_subjects, a negation between at most ("om jeg ikke vil")."""
    subjects = cues.own_subjects | cues.others_subjects
    for k in range(v - 1, max(-1, v - 1 - _REACH), -1):
        if words[k] in negations:
            continue
        return k > 0 and words[k] in subjects and words[k - 1] in cues.reported_question_leads
    return False
