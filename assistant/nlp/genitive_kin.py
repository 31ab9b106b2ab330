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


MIN_OWNED = 3  # letters of the thing a bare genitive owns ("fars og …": a joined word, no thing)


def bare_parent_genitive(words: Sequence[str], i: int, lex) -> bool:
    """True for a parent's genitive said bare before the thing owned ("passe fars grav") when
    the other parent, said bare, opens the sentence as the citizen ("mor vil gerne …"): that
    parent is named, as "min fars grav" names him. Not "til mors dag", not the forcemeat ("fars
    til frikadeller"), not the citizen's own ("vaske mors tøj")."""
    partner = lex.bare_genitive_kin.get(words[i])
    if partner is None or i + 1 >= len(words):
        return False
    after = words[i + 1]
    if not after.isalpha() or len(after) < MIN_OWNED or after in lex.bare_genitive_not_before:
        return False
    return any(_opens_as_subject(words, k, lex) for k, w in enumerate(words[:i]) if w == partner)


def _opens_as_subject(words: Sequence[str], k: int, lex) -> bool:
    """True for a bare kin word opening a sentence (fillers before it) before a finite verb."""
    j = k - 1
    while j >= 0 and words[j] in lex.fillers:
        j -= 1  # "øh mor vil gerne"
    opens = j < 0 or words[j] in lex.sentence_ends
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return opens and (nxt in lex.classes.get("modal", ()) or (len(nxt) > 2 and nxt.endswith("r")))
