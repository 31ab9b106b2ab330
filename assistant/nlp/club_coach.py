"""A trainer said with the club, team or association it trains ("træneren i klubben", "klubbens
træner"): the club's coach, not the municipality's trainer the same word names on its own
("træneren fra kommunen"); content/<lang>/nlp/people.yaml `coach_words`, `coach_person`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from assistant.nlp.group_member import member_group

_GENITIVE = "s"  # "klubbens", "holdets": a group's genitive


def club_coaches(words: Sequence[str], named: Iterable[tuple[str, int]], lex) -> list:
    """`named` (person, index) with a word of coach_words said with a club renamed coach_person
    ("træneren i klubben", "træneren fra vores kajakklub", "seniorholdets træner"), or said
    alone in words that name a club elsewhere and no rehabilitation (_club_told)."""
    named = list(named)
    if not lex.coach_person or not any(words[i] in lex.coach_words for _p, i in named):
        return named
    club = _club_told(words, lex)  # "Kaj fra holdet …. Træneren Brian …": said elsewhere
    coach = lex.coach_person
    return [
        (coach if words[i] in lex.coach_words and (club or _of_club(words, i, lex)) else p, i)
        for p, i in named
    ]


def _club_told(words: Sequence[str], lex) -> bool:
    """True when the words name a group of member_groups anywhere ("Kaj fra holdet …") and no
    word begins with a part of coach_rehab_parts ("genoptræningsholdet", "kommunen") or ends in
    one of coach_rehab_ends ("træningscentret"): a trainer said alone there is the group's
    coach; a word of coach_not_groups ("forholdet") names no group."""
    starts, ends = tuple(lex.coach_rehab_parts), tuple(lex.coach_rehab_ends)
    if any(w.startswith(starts) or w.endswith(ends) for w in words):
        return False
    not_groups = tuple(lex.coach_not_groups)
    return any(member_group(w, lex) and not w.startswith(not_groups) for w in words if w.isalpha())


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
