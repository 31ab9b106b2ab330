"""A person named through another person's genitive ("naboens søn Mads", "min søsters datter").

The person said last is the one meant (the neighbour's son, the sister's daughter): the head
noun names them, and the possessor only tells whose they are, no one of the citizen's network
in that phrase (blind72: "min nabos søn" is søn).
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.wordscan import skip_back

_GENITIVE_ENDINGS = ("es", "s")  # "naboes" typed for "naboens", "søsters"


def genitive_person(word: str, lex) -> str | None:
    """The person lemma a genitive names ("naboens" → nabo, "søsters" → søster), or None."""
    for ending in _GENITIVE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            lemma = lex.people.get(word[: -len(ending)])
            if lemma is not None:
                return lemma
    return None


def genitive_owner(words: Sequence[str], i: int, lex) -> tuple[str, int] | None:
    """The possessor (lemma, index) of the person word at `i` when a person's genitive owns it
    ("naboens søn", "min mands gamle bror"): that person's kin, no one the citizen calls so."""
    k = skip_back(words, i - 1, lex.named_kin_gap)  # "min søsters yngste datter"
    lemma = genitive_person(words[k], lex) if k >= 0 else None
    return (lemma, k) if lemma is not None else None


def owners_for_kin(words: Sequence[str], people: list[tuple[str, int]], lex):
    """`people` without each possessor whose genitive owns the next person ("naboens søn Mads"
    is søn, once; the neighbour only his possessor)."""
    owners = set()
    for _lemma, i in people:
        owner = genitive_owner(words, i, lex)
        if owner is not None:
            owners.add(owner)
    out: list[tuple[str, int]] = []
    for person in people:
        if person not in owners and person not in out:
            out.append(person)
    return out
