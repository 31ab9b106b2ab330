"""A past modal of a long answer's story ("han ville vende sig i graven, hvis …") or a wish in
told speech ("han har sagt, at han vil spille for os") is no wish when another wish is told in
the answer."""

from __future__ import annotations

from collections.abc import Callable, Sequence


def told_not_wished(words: Sequence[str], i: int, cues) -> bool:
    """True for a wish verb at `i` that tells the story: one of `cues.story_modals` with none of
    `cues.story_marks` in the next `cues.story_reach` words ("mor ville aldrig ha en rollator"),
    not "hun ville så gerne kunne strikke"."""
    if words[i] not in cues.story_modals:
        return False
    return not set(words[i + 1 : i + 1 + cues.story_reach]) & cues.story_marks


def reported_not_wished(words: Sequence[str], i: int, cues) -> bool:
    """True for a wish verb at `i` in told speech: a subject before it and one of
    `cues.report_verbs` before that (", at" between at most: "han har sagt, at han vil spille
    for os"), with none of `cues.story_marks` in the next `cues.story_reach` words ("hun siger,
    at hun vil så gerne …" stays a wish)."""
    if i < 2 or words[i - 1] not in cues.own_subjects | cues.others_subjects:
        return False
    k = i - 2
    while k >= 0 and i - 2 - k < len(cues.report_leads) and words[k] in cues.report_leads:
        k -= 1
    if k < 0 or words[k] not in cues.report_verbs:
        return False
    return not set(words[i + 1 : i + 1 + cues.story_reach]) & cues.story_marks


def without_story(words: Sequence[str], verbs: list[int], cues, cleft: Callable) -> list[int]:
    """The wish verbs at `verbs` less those that tell the story, when another wish is told: a
    wish verb left, or else the modal of a cleft answer (`cleft`: "det vigtigste er at jeg kan
    …"); `verbs` as they are when none is."""
    reported = [i for i in verbs if reported_not_wished(words, i, cues)]
    told = [
        i
        for i in verbs
        if not told_not_wished(words, i, cues)
        and not (i in reported and _said_again_plainly(words, i, verbs, reported))
    ]
    if len(told) == len(verbs):
        return verbs
    return told or cleft(words, cues) or verbs


def _said_again_plainly(
    words: Sequence[str], i: int, verbs: list[int], reported: list[int]
) -> bool:
    """True when a later wish verb not in told speech has the told wish's subject beside it
    ("han har sagt, at han vil …. Han vil gerne …"); "mor siger, at hun vil i kirke. Jeg vil
    gerne hjælpe hende" keeps the told wish: the later one is the speaker's own."""
    subject = words[i - 1]
    return any(
        v > i and v not in reported and subject in (words[v - 1], words[min(v + 1, len(words) - 1)])
        for v in verbs
    )
