"""A reason that opens with a short past clause of the citizen's own and goes on in the present
("fuglene var Lis' og mine, og når jeg står derude, så er hun der lidt endnu") is whole: the past
clause says what the present one is about, and the reason stays as told. A death told in it, a
longer story, or a past that goes on in the rest leaves it out as before (a story, no reason)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b

#: Words of the past clause at most, its lead counted ("fordi fuglene var min kones og mine").
_PAST_WORDS = 7


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
    # "fuglene var min kones og mine": a thing of the citizen's; "jeg var lærer i 30 år" is a story
    own = g.first_person_words - g.speaker_self
    # its subject: the first word after a lead such as "fordi" ("fordi jeg var skovarbejder …")
    subject = head[1] if len(head) > 1 and _b(head[0]) in g.clause_joins else head[0]
    if not is_past(head) or _b(subject) in g.speaker_self | g.own_words:
        return False
    if not any(_b(w) in own for w in head):
        return False
    return not is_past(tail) and any(finite(w) and not g.is_past(w) for w in tail)


def present_after_past(
    words: list[str], g: Grammar, is_past: Callable[[list[str]], bool], finite: Callable
) -> list[str]:
    """The clause in the present after a death told first ("min mand døde sidste år, og jeg
    sidder alene" → "jeg sidder alene"; "…, og nu sidder jeg alene" → "jeg nu sidder alene"):
    the reason of today, the death before it left out (it stays in goal.motivation). [] when
    no such clause follows, its subject is not the citizen ("jeg", or "han"/"hun" of a
    relative's), a past goes on in it, or it points back ("og jeg savner ham", "… passer den");
    a past story of another kind tells what the clause after it is about, and stays out whole
    ("jeg var lærer i 30 år, og jeg savner børnene")."""
    join = next(
        (
            k
            for k in range(1, len(words) - 2)
            if words[k - 1].endswith(",") and _b(words[k]) in g.main_joins
        ),
        None,
    )
    if join is None or is_past(words[join + 1 :]):
        return []
    if not any(_b(w) in g.death_words for w in words[:join]):
        return []  # "jeg var lærer i 30 år, og jeg savner børnene": the story tells who
    tail = words[join + 1 :]
    subjects = {g.self_subject} | g.citizen_pronouns
    if _b(tail[0]) in g.fronted_time_adverbs and len(tail) > 2 and _b(tail[2]) in subjects:
        # "nu sidder jeg ikke …" → "jeg nu ikke sidder …": a clause's order after "fordi"
        n = 3
        while n < len(tail) - 1 and _b(tail[n]) in g.clause_adverbs:
            n += 1
        tail = [tail[2], tail[0], *tail[3:n], tail[1], *tail[n:]]
    if _b(tail[0]) not in subjects:
        return []
    k = 1
    while k < len(tail) - 1 and _b(tail[k]) in g.clause_adverbs | g.fronted_time_adverbs:
        k += 1
    if not finite(tail[k]) or g.is_past(tail[k]) or any(w[-1:] in ".;:!?" for w in tail[:-1]):
        return []
    back = g.object_pronouns | g.citizen_pronouns | g.citizen_possessives | g.pronoun_objects
    if any(_b(w) in back for w in tail[1:]):
        return []  # "og jeg savner ham": who "ham" is was told in the story
    return tail
