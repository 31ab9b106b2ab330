"""A relative's "de to" in the reason for the citizen and the one person another answer pairs
her with (pure). "Mor og hendes søster Inga i Kolding har drukket kaffe sammen …" in the wish,
then the reason "de to er de sidste tilbage af syv søskende": "de to" is "hun og hendes søster",
which the composer writes in the citizen's first person ("min søster og jeg er de sidste …",
nlp/paired_subject.py; a later "de har" of the same reason is then "vi har", nlp/reason.py
_we_together). The pair is told by a word for the citizen (her name, the relative's word "mor",
"hun"/"han"), "og" and a possessive with a person word or a name; two different partners, or
none, leave the reason as told.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.content.grammar import EDGE, fold


def pair_of_citizen(
    told: str, answers: Iterable[str], citizen: frozenset[str], pos: str, g, people, said_pairs
) -> str:
    """`told` with its first "de to" (a phrase of `said_pairs`: tuples of folded words) said as
    the citizen's subject pronoun of `pos` ("hendes" → "hun"), "og" and the one partner
    `answers` pair the citizen with; `citizen` and `people` hold folded words."""
    subjects = g.citizen_by_possessive.get(pos, frozenset()) & g.subject_pronouns
    pronoun = min(subjects, default="")
    if not told or not pronoun:
        return told
    words = told.split()
    bare = [fold(w.strip(EDGE)) for w in words]
    longest_first = sorted(said_pairs, key=len, reverse=True)  # "de begge to" before "de begge"
    at = next(
        (
            (k, len(p))
            for k in range(len(words))
            for p in longest_first
            if tuple(bare[k : k + len(p)]) == p and words[k + len(p) - 1][-1:] not in EDGE
        ),
        None,
    )
    if at is None:
        return told
    partners = {p for a in answers for p in _partners(str(a or ""), citizen, pos, g, people)}
    if len(partners) != 1:
        return told
    k, n = at
    opening = pronoun[:1].upper() + pronoun[1:] if words[k][:1].isupper() else pronoun
    return " ".join([*words[:k], opening, g.and_word, *partners.pop().split(), *words[k + n :]])


def _partners(answer: str, citizen: frozenset[str], pos: str, g, people) -> set[str]:
    """The partners an answer pairs the citizen with: "Mor og hendes søster" → "hendes
    søster", "hun og Inga" → "Inga"."""
    words = answer.split()
    bare = [fold(w.strip(EDGE)) for w in words]
    found: set[str] = set()
    for k in range(len(words) - 2):
        if bare[k] not in citizen or words[k][-1:] in EDGE or bare[k + 1] != g.and_word:
            continue
        other = words[k + 2].strip(EDGE)
        if bare[k + 2] == fold(pos) and k + 3 < len(words) and bare[k + 3] in people:
            found.add(f"{pos} {words[k + 3].strip(EDGE).lower()}")  # "hendes søster"
        elif other[:1].isupper() and other.isalpha() and bare[k + 2] not in citizen:
            found.add(other)  # "hun og Inga"
    return found
