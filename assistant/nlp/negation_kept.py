"""A spoken tag that begins with a negation ("ikke også") said where a clause's negation
stands: the words are the clause's own ("lis skal ikke også have det på sig"), no tag."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b

_EDGE = ",.;:!?"


def negation_in_place(words: Sequence[str], i: int, said: int, g: Grammar) -> bool:
    """True when the phrase of `said` words at i opens with a negation said in a clause's
    negation place: right after a modal or auxiliary ("skal ikke også have") or right before
    one ("så min kone ikke også skal hjælpe"). A tag after a comma, at a clause's end or before
    a new clause stays a tag ("det er godt for mig, ikke også", "det er frihed ikke også når
    jeg sidder der")."""
    if not said or _b(words[i]) not in g.negations:
        return False
    before = words[i - 1] if i else ""
    end = i + said
    after = _b(words[end]) if end < len(words) and words[end - 1][-1:] not in _EDGE else ""
    verbs = g.modals | g.perfect_auxiliaries
    if before and before[-1:] not in _EDGE and _b(before) in verbs:
        return True
    return after in verbs
