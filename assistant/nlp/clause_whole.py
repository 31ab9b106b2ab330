"""A clause that has started is kept whole to its verb: no cut inside it.

Two places a told reason was cut inside a clause (fix round 49, blind161 Vagn and Ulrik):
"…, og ude i mosen har jeg det bedst" was split into spoken sentences after "og ude", the
fronted adverbial of the clause "og" had opened, before its verb; "… hvor lettede de bliver"
lost "de bliver" as another person's clause, while a question word and its degree word
("hvor glade", "hvor meget", "hvor mange penge") lead a subordinate clause of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b

_EDGE = ",.;:!?"
_ASKED = 3  # words between a question word and its clause's subject at most ("hvor mange flere")


def open_clause_start(
    words: Sequence[str], start: int, end: int, g: Grammar, finite: Callable[[str], bool]
) -> int | None:
    """Where the last clause opened in words[start:end] begins (its join "og"/"men"/"eller", or
    the word after a comma) when it has no finite verb yet ("…, og ude i mosen"): a cut at end
    would leave its fronted words without their clause; the cut goes before it. None when the
    clause has its verb or none opened."""
    opened = next(
        (
            j
            for j in range(end - 1, start, -1)
            if words[j - 1][-1:] == "," or _b(words[j - 1]) in g.main_joins
        ),
        None,
    )
    if opened is None or opened >= end or any(finite(w) for w in words[opened:end]):
        return None
    verb = _b(words[opened]) not in g.place_adverbs | g.static_adverbs | g.function_words
    if verb and g.is_infinitive(words[opened]):
        return None  # "… komme ned og spille kort med de andre damer": a verb joined on
    joined = _b(words[opened - 1]) in g.main_joins and words[opened - 1][-1:] not in _EDGE
    return opened - 1 if joined and opened - 1 > start else opened


def degree_question_at(
    words: Sequence[str], i: int, g: Grammar, finite: Callable[[str], bool]
) -> bool:
    """True when the subject at i and its finite verb follow a question word and its degree or
    quantity words ("hvor lettede de bliver", "hvor meget det betyder", "hvor mange penge de
    sparer"): an indirect question or exclamative, a subordinate clause kept whole, no main
    clause of its own."""
    if i + 1 >= len(words) or not finite(words[i + 1]):
        return False
    for j in range(i - 1, max(i - 1 - _ASKED, -1), -1):
        w = words[j]
        if w[-1:] in _EDGE or _b(w) in g.main_joins | g.subject_pronouns:
            return False
        if _b(w) in g.question_words:
            return j < i - 1  # "hvor de bor" is led by "hvor" itself (clause_subordinators)
        if finite(w) and not (j > 0 and _b(words[j - 1]) in g.question_words):
            return False  # "hvor lettede": one word after it may look like a past verb
    return False


_FRONTED = 4  # words fronted before a clause's verb at most ("ude i den gamle mose har jeg")


def fronted_clause_after_join(
    words: Sequence[str], g: Grammar, finite: Callable[[str], bool]
) -> list[str]:
    """The citizen's own main clause of today after a story of the past and "og", its place or
    time fronted before the verb ("jeg var skovarbejder hele mit liv, og ude i skoven har jeg
    det bedst" → "ude i skoven har jeg det bedst"); [] when no such clause ends the words. Only
    a place adverb leads it: "…, og i dag savner jeg børnene" speaks of the story's own people
    (reason.present_after_past)."""
    for k in range(1, len(words) - 3):
        if _b(words[k]) not in g.main_joins or words[k][-1:] in _EDGE:
            continue
        if _b(words[k + 1]) not in g.place_adverbs | g.static_adverbs:
            continue
        tail = list(words[k + 1 :])
        for v in range(1, min(_FRONTED + 1, len(tail) - 1)):
            if tail[v - 1][-1:] in _EDGE or finite(tail[v - 1]):
                break
            if finite(tail[v]) and not g.is_past(tail[v]) and _b(tail[v + 1]) == g.self_subject:
                if not any(w[-1:] in ".;:!?" for w in tail[:-1]):
                    return tail
                break
    return []


def time_first_as_clause(words: Sequence[str], g: Grammar) -> list[str] | None:
    """A main clause with a time of today said first, its verb then its subject ("nu kan jeg
    ikke hjælpe", a second language's "nu jeg kan" mended to it) in the order of a clause after
    "fordi": "jeg nu ikke kan hjælpe"; None when the words open otherwise."""
    if len(words) < 4 or _b(words[0]) not in g.fronted_time_adverbs or words[0][-1:] in _EDGE:
        return None
    if _b(words[2]) != g.self_subject and _b(words[2]) not in g.citizen_pronouns:
        return None
    n = 3
    while n < len(words) - 1 and (
        _b(words[n]) in g.clause_adverbs | g.negations
        # "nu kan jeg ikke længere gå": the negation's focus word stays with it
        or negation_focus_at(words, n, g)
    ):
        n += 1
    return [words[2], words[0].lower(), *words[3:n], words[1], *words[n:]]


def negation_focus_at(words: Sequence[str], k: int, g: Grammar) -> bool:
    """True for a negation's focus word at k, right after the negation ("ikke kun", "ikke
    længere"), not one that compares ("ikke mere end en time")."""
    return (
        k > 0
        and _b(words[k]) in g.negation_focus
        and _b(words[k - 1]) in g.negations
        and not (k + 1 < len(words) and _b(words[k + 1]) in g.focus_compared_before)
    )
