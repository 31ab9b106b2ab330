"""A trainer said with the club, team or association it trains ("træneren i klubben", "klubbens
træner"): the club's coach, not the municipality's trainer the same word names on its own
("træneren fra kommunen"); content/<lang>/nlp/people.yaml `coach_words`, `coach_person`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from assistant.nlp.group_member import member_group

_GENITIVE = "s"  # "klubbens", "holdets": a group's genitive


def club_coaches(words: Sequence[str], named: Iterable[tuple[str, int]], lex) -> list:
    """`named` (person, index) with a word of coach_words said with a club renamed coach_person
    ("træneren i klubben", "træneren fra vores kajakklub", "seniorholdets træner")."""
    if not lex.coach_person:
        return list(named)
    return [
        (lex.coach_person if words[i] in lex.coach_words and _of_club(words, i, lex) else p, i)
        for p, i in named
    ]


def _of_club(words: Sequence[str], i: int, lex) -> bool:
    """True when a group of member_groups follows the trainer after one of member_leads (maybe
    one word of member_gap between), or its genitive comes right before it."""
    k = i + 1
    if k + 1 < len(words) and words[k] in lex.member_leads:
        k += 1 + (words[k + 1] in lex.member_gap)
        if k < len(words) and member_group(words[k], lex):
            return True
    before = words[i - 1] if i else ""
    return before.endswith(_GENITIVE) and member_group(before[: -len(_GENITIVE)], lex)
