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
    alone in words that name a club elsewhere and no rehabilitation (_club_told); an instructor
    said where no rehabilitation is told, by that title (_coach_role)."""
    named = list(named)
    said = lex.coach_words | lex.coach_alone_words
    if not lex.coach_person or not any(words[i] in said for _p, i in named):
        return named
    club = _club_told(words, lex)  # "Kaj fra holdet …. Træneren Brian …": said elsewhere
    # "instruktøren Lone tager Molly": an instructor leads a class, a club's or a course's,
    # unless the words tell of rehabilitation ("en instruktør fra synscentret")
    alone = not rehab_told(words, lex)
    return [(_coach_role(words, i, lex) if _coach_at(words, i, club, alone, lex) else p, i)
            for p, i in named]  # fmt: skip


def _coach_role(words: Sequence[str], i: int, lex) -> str:
    """The role of the coach said at i: an instructor by that title ("instruktøren":
    instructor_person), any other trainer coach_person."""
    if words[i] in lex.coach_alone_words and lex.instructor_person:
        return lex.instructor_person
    return lex.coach_person


def _coach_at(words: Sequence[str], i: int, club: bool, alone: bool, lex) -> bool:
    """True when words[i] names a club's coach: a trainer with a club told, or an instructor
    (coach_alone_words) outside rehabilitation."""
    if words[i] in lex.coach_alone_words:
        return alone
    return words[i] in lex.coach_words and (club or _of_club(words, i, lex))


def _club_told(words: Sequence[str], lex) -> bool:
    """True when the words name a group of member_groups anywhere ("Kaj fra holdet …") and no
    word begins with a part of coach_rehab_parts ("genoptræningsholdet", "kommunen") or ends in
    one of coach_rehab_ends ("træningscentret"): a trainer said alone there is the group's
    coach; a word of coach_not_groups ("forholdet") names no group."""
    return not rehab_told(words, lex) and club_told(words, lex)


def rehab_told(words: Sequence[str], lex) -> bool:
    """True when a word begins with a part of coach_rehab_parts or ends in coach_rehab_ends."""
    starts, ends = tuple(lex.coach_rehab_parts), tuple(lex.coach_rehab_ends)
    return any(w.startswith(starts) or w.endswith(ends) for w in words)


def club_told(words: Sequence[str], lex) -> bool:
    """True when a word names a group of member_groups, none of coach_not_groups."""
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
