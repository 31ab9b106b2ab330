"""A reason that opens with a short past clause of the citizen's own and goes on in the present
("fuglene var Lis' og mine, og når jeg står derude, så er hun der lidt endnu") is whole: the past
clause says what the present one is about, and the reason stays as told. A death told in it, a
longer story, or a past that goes on in the rest leaves it out as before (a story, no reason)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b

#: Words of the past clause at most ("fuglene var Lis' og mine").
_PAST_WORDS = 6


def past_opening_whole(
    words: list[str], g: Grammar, is_past: Callable[[list[str]], bool], finite: Callable
) -> bool:
    """True when `words` are one short past clause of a thing of the citizen's (a first-person
    possessive in it, no "jeg" or "vi" its subject, no death word), then a comma and "og", then
    a clause in the present with no past in it."""
    join = next(
        (
            k
            for k in range(1, min(len(words) - 2, _PAST_WORDS + 1))
            if words[k - 1].endswith(",") and _b(words[k]) in g.main_joins
        ),
        None,
    )
    if join is None:
        return False
    head, tail = words[:join], words[join + 1 :]
    if any(w[-1:] in EDGE and w[-1:] != "," for w in head) or any(
        _b(w) in g.death_words for w in words
    ):
        return False
    # "fuglene var Lis' og mine": a thing of the citizen's; "jeg var lærer i 30 år" is a story
    own = g.first_person_words - g.speaker_self
    if not is_past(head) or _b(head[0]) in g.speaker_self | g.own_words:
        return False
    if not any(_b(w) in own for w in head):
        return False
    return not is_past(tail) and any(finite(w) and not g.is_past(w) for w in tail)
