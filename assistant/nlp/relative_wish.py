"""A wish verb inside a relative clause: the wish of those the clause tells of, not the speaker's.

"en samtaleklub for pensionister som vil øve deres engelsk. Jeg vil gerne lede min
samtaleklub igen": the first "vil" is the members' aim; the later "Jeg vil gerne lede …" is
the wish.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass


def in_relative(words: Sequence[str], verb: int, cues) -> bool:
    """True when the wish verb at `verb` opens a relative clause ("som (gerne) vil", "der vil")
    whose subject is the relative itself, no "jeg" after the verb ("der vil jeg gerne hen")."""
    k = verb - 1
    while k >= 0 and words[k] in cues.relative_adverbs:
        k -= 1
    if k < 0 or words[k] not in cues.thing_relatives:
        return False
    after = words[verb + 1] if verb + 1 < len(words) else ""
    return after not in cues.own_subjects | cues.others_subjects


def past_relative(
    words: Sequence[str], verbs: Sequence[int], found: Sequence, i: int, cues, negations
) -> int:
    """The start of the first later wish not in a relative clause when the wish starting at
    `i` is in one; else `i`."""
    verb = next((v for v, start in zip(verbs, found, strict=True) if start == i), None)
    if verb is None or not in_relative(words, verb, cues):
        return i
    return later_wish(words, verbs, found, i, negations, lambda v: not in_relative(words, v, cues))


def later_wish(
    words: Sequence[str],
    verbs: Sequence[int],
    found: Sequence,
    i: int,
    negations,
    fits: Callable[[int], bool],
) -> int:
    """The start of the first wish after the one at `i`, not negated, whose verb `fits`; `i`
    when there is none."""
    later = (
        start
        for v, start in zip(verbs, found, strict=True)
        if start is not None and start > i and words[start] not in negations and fits(v)
    )
    return next(later, i)


def asked_clause_at(words: Sequence[str], k: int, cues) -> bool:
    """True when the mark at k sits between a verb of hearing or knowing and the question clause
    that is its object ("høre, hvad folk siger", "forstå, hvad de siger")."""
    return (
        0 < k < len(words) - 1
        and words[k] == ","
        and words[k - 1] in cues.asked_clause_verbs
        and words[k + 1] in cues.asked_clause_leads
    )


_SUBJECT_REACH = 7  # words from a clause's start to its wish verb that a noun subject may fill


@dataclass(frozen=True)
class WishPeople:
    """Who may own a wish (nlp/clauses.py own_action): a person word at a token (`person_at`),
    the citizen told of by their bare kin word ("far vil gerne …": `citizen_at`) and the
    spoken fillers that may open a clause before its subject ("øh mit barnebarn vil …")."""

    person_at: Callable[[int], bool]
    citizen_at: Callable[[int], bool]
    fillers: frozenset[str] = frozenset()


def named_subject(words: Sequence[str], verb: int, owners, cues, who: WishPeople) -> bool:
    """True when the wish verb at `verb` has a person word owned by one of `owners` as its
    subject, opening the clause ("Mit barnebarn vil gerne køre med i løbet", "hans barnebarn
    Oliver på ti år vil så gerne …"): another person's wish, no pronoun subject between ("min
    kone og jeg vil …" is a joint one, "mit barnebarn hun vil …" is told by others_subjects)."""
    return subject_owner(words, verb, owners, cues, who) is not None


def subject_owner(words: Sequence[str], verb: int, owners, cues, who: WishPeople) -> str | None:
    """The owner word ("hendes" in "Hendes barnebarn Oliver vil …") of the noun subject that
    named_subject finds for the wish verb at `verb`; None when there is none."""
    pronouns = cues.own_subjects | cues.others_subjects
    for j in range(verb - 1, max(-1, verb - 1 - _SUBJECT_REACH), -1):
        if words[j] in pronouns or not any(c.isalnum() for c in words[j]):
            return None
        k = j - 1
        while k >= 0 and words[k] in who.fillers:
            k -= 1  # "øh mit barnebarn …"
        opens = k < 0 or not any(c.isalnum() for c in words[k])
        if opens and words[j] in owners and j + 1 < verb and who.person_at(j + 1):
            return words[j]
    return None
