"""Told by a relative, the kin word the relative calls the citizen by ("far", "mor"), bare and
the subject of a modal ("far vil så gerne …"), is the one the utterance is about, rather than a
possessed relative told of first in a clause of its own ("Min bror har overtaget gården, og far
vil så gerne hjælpe ham"): the brother is another person, named."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.nlp.clauses import modal_next


def wishing_kin(
    words: Sequence[str],
    people: Sequence[tuple[str, int]],
    about: str | None,
    lex,
    may_be_about: Callable[[int], bool],
) -> str | None:
    """The bare kin word (third_person_nouns, no possessive before it) that is the subject of a
    modal, when `about` was a possessed relative whose own verb is no modal ("Min bror har
    …"); None otherwise."""
    first = next((i for p, i in people if p == about and may_be_about(i)), None)
    if first is None or not first or words[first - 1] not in lex.possessives:
        return None
    if modal_next(words, first, lex):
        return None  # "min bror vil …": the brother's own wish
    for p, i in people:
        if i <= first or words[i] not in lex.third_person_nouns or not may_be_about(i):
            continue
        bare = words[i - 1] not in lex.possessives and words[i - 1] not in lex.third_person_owners
        if bare and modal_next(words, i, lex):
            return p
    return None
