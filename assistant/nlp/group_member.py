"""A first name said with the group it comes from ("Kim fra bandet", "Bente fra koret", "Ole
fra bridgeklubben"): a friend of that group, who may take part or help.

Without a name ("de andre i bandet", "en fra koret") no one is named unless the others are said
helping ("de andre i lauget hjælper mig": group_fellows), nor a second time after a person word
("min veninde Ruth fra holdet": the friend); a thing said first in a sentence ("Brevet fra
klubben") is no name (content/<lang>/nlp/people.yaml `member_groups`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

_SENTENCE_ENDS = frozenset(".!?")
_SHORTEST_HEAD = 4  # a compound ends in a group word this long ("kirkekoret"), not in "kor"
_CLAUSE_REACH = 7  # words after the group searched for "… vil gerne være hans makker"


def group_members(
    words: Sequence[str],
    texts: Sequence[str],
    lex,
    is_word: Callable[[str], bool],
    is_name: Callable[[str], bool],
) -> list[tuple[str, int]]:
    """(member_person, index of the name) for each first name said right before one of
    member_leads and a group ("Kim fra bandet"), in order. A capitalised word opening a sentence
    is a name only when `is_name` knows it or `is_word` does not ("Jens", not "Brevet")."""
    if not lex.member_person or lex.member_leads.isdisjoint(words):
        return []  # no lead said ("fra"): no member (one test in C, no loop)
    out = []
    for i, w in enumerate(words[:-2]):
        said = texts[i]
        if words[i + 1] not in lex.member_leads or not said[:1].isupper() or not said.isalpha():
            continue
        if w in lex.people or (_opens(texts, i) and is_word(w) and not is_name(w)):
            continue
        if i and words[i - 1] in lex.people:
            continue  # "hendes veninde Ruth fra holdet": the name is the friend's, named already
        k = i + 2 + (words[i + 2] in lex.member_gap)
        if k < len(words) and member_group(words[k], lex) and not _said_to_be(words, k + 1, lex):
            out.append((lex.member_person, i))
    return out


_FELLOW_REACH = 4  # words after the group in which the others' help is said
_OBJECT_REACH = 2  # words after that verb in which whom they help is said ("tager mig med")


def group_fellows(words: Sequence[str], lex) -> list[tuple[str, int]]:
    """(member_person, index of "andre") for each "de andre i lauget" said helping the one
    speaking ("… hjælper mig over rælingen", "… tager mig med"), no negation before it in its
    sentence (content/<lang>/nlp/people.yaml `fellow_words`)."""
    if not lex.member_person or lex.fellow_words.isdisjoint(words):
        return []
    out = []
    for i, w in enumerate(words[:-2]):
        if w not in lex.fellow_words or words[i + 1] not in lex.member_leads:
            continue
        k = i + 2 + (words[i + 2] in lex.member_gap)
        if k >= len(words) or not member_group(words[k], lex):
            continue
        if _helps_after(words, k + 1, lex) and not _negated_before(words, i, lex):
            out.append((lex.member_person, i))
    return out


def _helps_after(words: Sequence[str], k: int, lex) -> bool:
    """True when a verb of help and whom it helps follow within reach of k, in its clause, with
    no negation said between or right after them ("de andre kører mig aldrig hjem")."""
    for j in range(k, min(k + _FELLOW_REACH, len(words))):
        if words[j] in _SENTENCE_ENDS or words[j] in lex.fellow_negations:
            return False
        if words[j] in lex.fellow_help_verbs:
            after = words[j + 1 : j + 1 + _OBJECT_REACH + 1]
            if any(a in lex.negations or a in lex.ended_tie_negations for a in after):
                return False
            return any(a in lex.fellow_help_objects for a in after[:_OBJECT_REACH])
    return False


def _negated_before(words: Sequence[str], i: int, lex) -> bool:
    """True when a negation stands before i in its sentence ("jeg vil ikke være afhængig af,
    at de andre i klubben skal køre mig")."""
    for w in reversed(words[:i]):
        if w in _SENTENCE_ENDS:
            return False
        if w in lex.fellow_negations:
            return True
    return False


def _said_to_be(words: Sequence[str], k: int, lex) -> bool:
    """True when the clause from k says who the member is to be ("Kaj fra klubben vil gerne
    være hans makker"): a copula, then a person word, before the clause ends; that word names
    them."""
    copula = False
    for w in words[k : k + _CLAUSE_REACH]:
        if w in _SENTENCE_ENDS or w == ",":
            return False
        copula = copula or w in lex.role_copulas
        if copula and w in lex.people:
            return True
    return False


def _opens(texts: Sequence[str], i: int) -> bool:
    """True for the word at i opening a sentence."""
    return i == 0 or texts[i - 1] in _SENTENCE_ENDS


def member_group(word: str, lex) -> bool:
    """True for a group word or a compound ending in one ("bridgeklubben", "kirkekoret")."""
    groups = lex.member_groups
    return word in groups or any(
        word.endswith(g) and len(g) >= _SHORTEST_HEAD and len(word) > len(g) + 1 for g in groups
    )


def definite_group(word: str, lex) -> bool:
    """True for a group word in its definite form, or a compound ending in one ("klubben",
    "seniorklubben", "kirkekoret"): the form that is another group word with an ending."""
    forms = lex.member_groups
    definite = (g for g in forms if any(g != h and g.startswith(h) for h in forms))
    return any(
        word == g or (word.endswith(g) and len(word) - len(g) >= _SHORTEST_HEAD) for g in definite
    )
