"""The deed of another person in the purpose clause after a sign ("at jeg selv har syet alle 14
rækker færdig, så min datter kan sy kraven på dragten") is theirs, no sign of the citizen's:
the modals of a purpose clause whose subject is a person word (people.yaml), no first person
beside it ("så jeg og min datter kan …" stays), before the clause's end."""

from __future__ import annotations

from collections.abc import Sequence


def others_purpose(words: Sequence[str], lemmas: Sequence[str], cut: int | None, lex) -> frozenset:
    """The token indices of the modals (criterion.yaml modals) that follow another person named
    as the subject of the purpose clause opening at `cut`, before a break of the clause."""
    cues = lex.criterion
    if cut is None or cues is None:
        return frozenset()
    other = False
    for k in range(cut, len(words)):
        w = words[k]
        if w in cues.own_subjects:
            return frozenset()
        if w in cues.modals:
            return frozenset({k}) if other else frozenset()
        if w in lex.clause_breaks and k > cut:
            return frozenset()
        other = other or w in lex.people or lemmas[k] in lex.people
    return frozenset()
