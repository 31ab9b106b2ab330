"""A level to start from or had today, said beside the goal's level: no measure of the goal."""

from __future__ import annotations

from collections.abc import Sequence

_COMMA = ","


def _kind(found, lex) -> str:
    unit = found.value.unit
    return lex.unit_kinds.get(unit, unit)


def _level_said(words: Sequence[str], found, wishes: frozenset[int], lex) -> bool:
    """True for a measure up to lex.level_reach words after a level lead ("starte med",
    "til at begynde med", "nu kan han kun"), no clause break, comma, "og" or wish between."""
    stops = lex.clause_breaks | lex.soft_clause_breaks | {_COMMA}
    for end in range(found.start, max(-1, found.start - lex.level_reach - 1), -1):
        if end < found.start and (words[end] in stops or end in wishes):
            return False
        for lead in lex.level_leads:
            lo = end - len(lead)
            if lo >= 0 and tuple(words[lo:end]) == lead and wishes.isdisjoint(range(lo, end)):
                return True
    return False


def without_levels(words: Sequence[str], measures: list, matches, lex) -> list:
    """Drop a measure said as a level to start from or had today ("vil gerne cykle 10 minutter
    hver dag, fysioterapeuten siger han skal starte med 3 minutter", "… stå i 20 minutter nu
    kan han kun 5 minutter") when a measure of its kind is said otherwise: that is the goal's.
    Said alone, the level stays ("vil gerne starte med at gå 10 minutter hver dag")."""
    if not lex.level_leads or len(measures) < 2:
        return measures
    wishes = frozenset(s for lab, s, _e in matches if lab == "wish")
    levels = [m for m in measures if _level_said(words, m, wishes, lex)]
    goal_kinds = {_kind(m, lex) for m in measures if m not in levels}
    return [m for m in measures if m not in levels or _kind(m, lex) not in goal_kinds]
