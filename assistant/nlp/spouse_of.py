"""Who someone named is married to ("Kasper, han er gift med mit barnebarn Sofie"): the owned
person after the tie tells who Kasper is, no helper of the citizen's own."""

from __future__ import annotations

from collections.abc import Sequence


def spouse_of_named(words: Sequence[str], i: int, lex) -> bool:
    """True for the person at i owned right after one of spouse_of_leads, a copula before the
    lead and a third-person subject or a relative pronoun before that ("han er gift med mit
    barnebarn", "som er gift med min datter"); "jeg er gift med min kone" is kept."""
    if i < 1 or words[i - 1] not in lex.owners:
        return False
    for lead in lex.spouse_of_leads:
        k = i - 2 - len(lead)  # the copula's place
        if k < 1 or tuple(words[k + 1 : i - 1]) != lead or words[k] not in lex.role_copulas:
            continue
        subject = words[k - 1]
        if subject in lex.third_person_subjects or subject in lex.relative_pronouns:
            return True
    return False
