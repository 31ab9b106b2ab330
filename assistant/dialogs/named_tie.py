"""A name in the wish said with who the person is, as another answer tells it (pure).

"Jeg vil gerne selv klippe Svends hår igen" in the wish, and in the everyday answer "jeg har
giftet mig med Svend" and "mit mand og jeg": the goal says "klippe min mands hår", so a reader
knows whose hair it is without the name; a bare name keeps it beside its tie ("gå tur med min
nabo Kurt"). The tie is told by "min mand
Svend" (an owner word, a person word of the lexicon, at most a fond adjective of the grammar's
name_adjectives, "mit barnebarn lille Alma", and the name), or by a marriage ("gift med
Svend") and the one spouse word said with an owner word anywhere ("min mand"); a name tied to
two people stays bare; a name said with its tie ("min kone Bodil") stays as said. The composer
then leaves the name beside the tie out ("med min nabo", "min kone": nlp/kin_unnamed.py), as the
goal names others by their relation only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from assistant.content.grammar import EDGE, fold, genitive


@dataclass(frozen=True)
class TieWords:
    """The words that tell a tie: owners ("min", "mit"), person words, marriage leads, spouses."""

    owners: frozenset[str]
    people: dict[str, str]  # a person word as typed (folded: "soen") → as written ("søn")
    marriage_leads: tuple[tuple[str, ...], ...]  # ("gift", "med"), ("giftet", "mig", "med")
    spouses: frozenset[str]  # "mand", "kone"
    not_after: frozenset[str] = frozenset()  # "som" in "som Inger lavede dem": a clause's
    # "gift med Aksel, han var slagter": the spouse word of the pronoun after the name
    by_pronoun: dict[str, str] = field(default_factory=dict)
    joins: frozenset[str] = frozenset()  # "og" in "Lis' og mine": no thing after a genitive
    fond: frozenset[str] = frozenset()  # "lille" in "mit barnebarn lille Alma"
    names: dict[str, str] = field(default_factory=dict)  # "lis" → "Lis": a name typed small


def ties_in_wish(
    action: str, answers: list, grammar, words_of: dict, people, owned_only: bool = False
) -> str:
    """`action` with the names the answers tie to the citizen said with the tie (with_ties);
    `words_of` holds dialogue.yaml's marriage_leads and spouse_words; with `owned_only` only a
    genitive ("Aksels opskrift" in a reason: "min mands opskrift")."""
    words = tie_words(grammar, words_of, people)
    ties = tied_names(answers, words)
    if not ties:
        return action

    def owner_of(person: str) -> str:
        agreeing = grammar.own_possessive_agreeing(grammar.is_neuter(person))
        return (agreeing or [grammar.own_possessive])[0]

    return with_ties(action, ties, words, owner_of, owned_only)


def tie_words(grammar, words_of: dict, people) -> TieWords:
    """The TieWords of the goal grammar, dialogue.yaml's words and the lexicon's people."""
    owners = next((row for row in grammar.possessives if grammar.own_possessive in row), ())
    return TieWords(
        owners=frozenset(fold(o).lower() for o in owners),
        people=_as_written(people),
        marriage_leads=tuple(tuple(fold(x).split()) for x in words_of.get("marriage_leads", ())),
        spouses=frozenset(fold(x) for x in words_of.get("spouse_words", ())),
        not_after=frozenset(fold(x) for x in words_of.get("tie_not_after", ())),
        by_pronoun=dict(
            tuple(fold(x).split()) for x in words_of.get("spouse_by_pronoun", ()) if " " in x
        ),
        joins=frozenset(fold(x) for x in grammar.main_joins),
        fond=frozenset(fold(x) for x in grammar.name_adjectives),
        names=dict(grammar.person_names),
    )


def tied_names(answers: Iterable[str], words: TieWords) -> dict[str, str]:
    """{name: person word} for each name the answers tie to one person ("Svend": "mand")."""
    found: dict[str, set[str]] = {}
    spouses: set[str] = set()
    married: set[str] = set()
    told: set[str] = set()  # the spouse words the pronouns after a married name tell
    for answer in answers:
        said = str(answer or "").split()
        bare = [fold(w.strip(EDGE)).lower() for w in said]
        for k in range(len(said) - 1):
            if bare[k] not in words.owners or bare[k + 1] not in words.people:
                continue
            if said[k][-1:] in EDGE or said[k + 1][-1:] in EDGE.replace(",", ""):
                continue  # "… min. Mand": no owner's person word
            if bare[k + 1] in words.spouses:
                spouses.add(words.people[bare[k + 1]])  # "mit mand og jeg": said with no name
            at = k + 3 if k + 3 < len(said) and _fond(said, bare, k + 2, words) else k + 2
            typed = words.names.get(said[at].strip(EDGE)) if at < len(said) else None
            if at < len(said) and (_name(said[at]) or typed):
                person = words.people[bare[k + 1]]  # "min soen Peter", "… barnebarn lille Alma"
                found.setdefault(typed or said[at].strip(EDGE), set()).add(person)
        for lead in words.marriage_leads:
            n = len(lead)
            for k in range(len(said) - n):
                if tuple(bare[k : k + n]) == lead and _name(said[k + n]):
                    married.add(said[k + n].strip(EDGE))  # "giftet mig med Svend"
                    if k + n + 1 < len(said) and bare[k + n + 1] in words.by_pronoun:
                        told.add(words.by_pronoun[bare[k + n + 1]])  # "…, han var slagter"
    if not spouses and len(told) == 1:
        spouses = {words.people.get(fold(w), w) for w in told}
    if len(spouses) == 1:
        for name in married:
            found.setdefault(name, set()).update(spouses)
    return {name: next(iter(ties)) for name, ties in found.items() if len(ties) == 1}


def with_ties(
    action: str, ties: dict[str, str], words: TieWords, owner_of, owned_only: bool = False
) -> str:
    """`action` with each name of `ties` said with its tie: a genitive as the tie's own
    ("klippe Svends hår" → "klippe min mands hår"), a bare name after it ("med Kurt" → "med
    min nabo Kurt"); a name said with a person word or owner before it, or opening a clause
    after a word of not_after ("som Inger lavede dem"), stays as it is.
    `owner_of(person)` is the citizen's possessive agreeing with the person word ("min");
    `owned_only` leaves bare names, and a genitive naming no thing after it and not shared with
    the citizen's own ("Aksels og mit"), as they are."""
    said = action.split()
    out: list[str] = []
    for k, w in enumerate(said):
        core = w.strip(EDGE)
        tail = w[len(w.rstrip(EDGE)) :]
        before = fold(said[k - 1].strip(EDGE)).lower() if k else ""
        if before in words.fond and k > 1:  # "mit barnebarn lille Alma": said with its tie
            before = fold(said[k - 2].strip(EDGE)).lower()
        told = before in words.people or before in words.owners or before in words.not_after
        person = None if owned_only else ties.get(core)
        owned = next((n for n in ties if core in (genitive(n), n + "s")), None)
        if owned and owned_only and not _before_thing(said, k, words):
            # "og det kan Ankers": no thing of his named, the name stays; "det var Aksels og
            # mit": owned with the citizen, said by the tie ("min mands og mit")
            owned = owned if _shared_with_own(said, k, words) else None
        if person and not told and k:
            out.extend([owner_of(person), person, w])
        elif owned and not told and k:
            out.extend([owner_of(ties[owned]), genitive(ties[owned]) + tail])
        else:
            out.append(w)
    return " ".join(out)


def _before_thing(said: list[str], k: int, words: TieWords) -> bool:
    """True when the genitive at k names a thing right after it ("Aksels opskrift"), not a join
    or the end of its clause ("fuglene var Lis' og mine")."""
    if said[k][-1:] in EDGE or k + 1 >= len(said):
        return False
    return fold(said[k + 1].strip(EDGE)).lower() not in words.joins


def _shared_with_own(said: list[str], k: int, words: TieWords) -> bool:
    """True when the genitive at k is joined to the citizen's own possessive standing for a
    thing ("det var Aksels og mit", "fuglene var Lis' og mine"): owned by the two of them."""
    if said[k][-1:] in EDGE or k + 2 >= len(said):
        return False
    joined = fold(said[k + 1]).lower() in words.joins
    return joined and fold(said[k + 2].strip(EDGE)).lower() in words.owners


def _fond(said: list[str], bare: list[str], k: int, words: TieWords) -> bool:
    """True when the word at k is a fond adjective before a name ("lille" in "mit barnebarn
    lille Alma"), not closed by a mark."""
    return bare[k] in words.fond and said[k][-1:] not in EDGE and said[k - 1][-1:] not in EDGE


def _as_written(people) -> dict[str, str]:
    """Each person word by its typing: "soen" → "søn" (the form with æøå before its typing)."""
    out: dict[str, str] = {}
    for p in sorted((p for p in people if p.islower()), key=lambda p: (p == fold(p), p)):
        out.setdefault(fold(p), p)
    return out


def _name(word: str) -> bool:
    """True for a word written as a name ("Svend", "Svend,"): a capital, then small letters."""
    core = word.strip(EDGE)
    return len(core) > 1 and core[0].isupper() and core[1:].islower() and core.isalpha()
