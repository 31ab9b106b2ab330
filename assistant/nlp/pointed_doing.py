"""A wish said with a pro-verb ("klare det", "gøre det") gets the doing told before it in the
same answer: "nu kan far ikke selv barbere sig han vil gerne kunne klare det selv" wishes
"barbere sig selv"; "han skal have målt sit blodtryk hver morgen og han vil gerne kunne gøre det
selv" wishes "måle sit blodtryk selv".

The doing is the nearest infinitive after "kan"/"kunne" (a negation or "selv" may stand between)
or participle after a perfect auxiliary ("have målt") before the pro-verb, up to where its clause
ends (a mark, a join, a new subject). The relative's own doing ("jeg kan ikke løfte ham") is none.
With no such doing the phrase stays as it is (the goal then says the activity's verb).
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar, fold
from assistant.nlp.pointed_thing import pair_at
from assistant.nlp.told_deed import is_participle

_REACH = 20  # words before the pro-verb searched for the doing
_MODAL_REACH = 4  # words between "kan" and its infinitive ("kan far ikke selv barbere")
_DOING_MAX = 8  # words of the doing kept ("smøre sin mad med den ene hånd")


def pointed_doing(
    action: str | None,
    words: Sequence[str],
    said: Sequence[str],
    punct: Sequence[bool],
    persp: str | None,
    lex,
    g: Grammar,
) -> str | None:
    """The wish's phrase with its pro-verb and "det" as the doing told before them."""
    tokens = (action or "").split()
    if (
        len(tokens) < 2
        or fold(tokens[0]) not in g.generic_verbs
        or fold(tokens[1]) != g.doing_pointer
    ):
        return action
    at = pair_at(words, tokens)
    if at is None:
        return action
    wisher = _subject_before(words, at, g)
    for j in range(at - 2, max(0, at - 1 - _REACH), -1):
        verb = _doing_verb(words, said, j, wisher, lex, g)
        if verb:
            rest = _rest_of_doing(words, said, punct, j, at - 1, lex, g)
            return " ".join([verb, *rest, *tokens[2:]])
    return action


def _subject_before(words, at: int, g: Grammar) -> str:
    """The subject of the wish's clause: the nearest subject pronoun before word `at`."""
    return next(
        (fold(words[k]) for k in range(at - 1, max(-1, at - _REACH), -1)
         if fold(words[k]) in g.subject_pronouns | g.speaker_self),
        "",
    )  # fmt: skip


def _doing_verb(words, said, j: int, wisher: str, lex, g: Grammar) -> str | None:
    """The infinitive of the doing told at word j, or None when no doing of the wisher's
    starts there."""
    w = words[j]
    if fold(w) in g.generic_verbs:
        return None
    if w in g.doing_perfect_aux or not j:
        return None
    before = [fold(x) for x in words[max(0, j - _MODAL_REACH - 1) : j]]
    if before and before[-1] in g.doing_perfect_aux and is_participle(words, j, lex, g):
        lead = len(before) - 1
        infinitive = g.infinitive_of_participle(said[j])
    elif g.is_infinitive(w):
        modal = [k for k, x in enumerate(before) if x in g.can_forms]
        if not modal:
            return None
        between = before[modal[-1] + 1 :]
        # "kan ikke selv", "nu kan far ikke": a negation, "selv", the subject put after "kan"
        allowed = g.negations | g.independence_words | g.subject_pronouns | g.citizen_words
        if any(x not in allowed for x in between):
            return None
        lead = modal[-1]
        infinitive = said[j]
    else:
        return None
    # "jeg kan ikke løfte ham … han vil gerne klare det": another's doing is not the wish's
    subjects = {before[lead - 1] if lead else "", *before[lead + 1 :]}
    own = g.speaker_self | {g.we_word}
    if bool(subjects & own) != (wisher in own):
        return None
    return infinitive


def _rest_of_doing(words, said, punct, j: int, end: int, lex, g: Grammar) -> list[str]:
    """The words of the doing after its verb up to where its clause ends."""
    out: list[str] = []
    for k in range(j + 1, min(end, j + _DOING_MAX)):
        if punct[k - 1] or words[k] in lex.run_on_subjects or fold(words[k]) in g.main_joins:
            break
        out.append(said[k])
    while out and fold(out[-1]) in g.dangling:
        out.pop()
    return out
