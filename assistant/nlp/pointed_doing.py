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
_VERB_REACH = 6  # words from a fronted "det vil" to its pro-verb ("vil jeg gerne kunne klare")


def pointed_doing(
    action: str | None,
    words: Sequence[str],
    said: Sequence[str],
    punct: Sequence[bool],
    persp: str | None,
    lex,
    g: Grammar,
) -> str | None:
    """The wish's phrase with its pro-verb and "det" as the doing told before them; "huske det"
    keeps its verb ("huske at tage mine piller"), and a "det" fronted before the wish verb
    points too ("… støvsuge mit hus, det vil jeg gerne kunne klare selv igen")."""
    said_tokens = (action or "").split()
    # "have at han kan klare det selv": the relative's wish for the citizen, its pro-verb after
    # "kan"; the words before it stay
    p = next(
        (k for k in range(1, len(said_tokens) - 1)
         if fold(said_tokens[k - 1]) in g.can_forms
         and fold(said_tokens[k + 1]) == g.doing_pointer),
        0,
    )  # fmt: skip
    opening, tokens = said_tokens[:p], said_tokens[p:]
    if not tokens:
        return action
    memory = fold(tokens[0]) in g.memory_pointers
    if fold(tokens[0]) not in g.generic_verbs and not memory:
        return action
    if len(tokens) > 1 and fold(tokens[1]) == g.doing_pointer:
        at, kept = pair_at(words, tokens), tokens[2:]
        wisher = "" if at is None else _subject_before(words, at, g)
    elif not memory:
        at, kept = _fronted_at(words, tokens[0], lex, g), tokens[1:]
        wisher = "" if at is None else _subject_after(words, at, g)
    else:
        return action
    if at is None:
        return action
    for j in range(at - 2, max(0, at - 1 - _REACH), -1):
        verb = _doing_verb(words, said, j, wisher, lex, g)
        if verb:
            rest = _rest_of_doing(words, said, punct, j, at - 1, lex, g)
            # "huske at tage mine piller"; "kan ikke huske hvornår …" says its own verb
            memory = memory and fold(verb) not in g.memory_pointers
            lead = [tokens[0], *sorted(g.infinitive_markers)[:1]] if memory else []
            return " ".join([*opening, *lead, verb, *rest, *kept])
    return action


def _fronted_at(words: Sequence[str], verb: str, lex, g: Grammar) -> int | None:
    """The index of the wish verb after a fronted "det" ("det vil jeg gerne kunne klare selv"),
    the pro-verb `verb` a few words after it; None when none."""
    low = verb.lower()
    for k in range(1, len(words) - 1):
        if fold(words[k - 1]) != g.doing_pointer or words[k] not in lex.wish_verbs:
            continue
        if low in words[k + 1 : k + 1 + _VERB_REACH]:
            return k
    return None


def _subject_before(words: Sequence[str], at: int, g: Grammar) -> str:
    """The subject of the wish's clause: the nearest subject pronoun before word `at`."""
    return next(
        (fold(words[k]) for k in range(at - 1, max(-1, at - _REACH), -1)
         if fold(words[k]) in g.subject_pronouns | g.speaker_self),
        "",
    )  # fmt: skip


def _subject_after(words: Sequence[str], at: int, g: Grammar) -> str:
    """The subject put after the fronted clause's wish verb at `at` ("det vil jeg gerne")."""
    nxt = fold(words[at + 1]) if at + 1 < len(words) else ""
    return nxt if nxt in g.subject_pronouns | g.speaker_self else ""


def _doing_verb(words, said, j: int, wisher: str, lex, g: Grammar) -> str | None:
    """The infinitive of the doing told at word j, or None when no doing of the wisher's
    starts there."""
    w = words[j]
    if fold(w) in g.generic_verbs | g.doing_adverbs:
        return None  # "klare", and "lige" looks like an infinitive
    if w in g.doing_perfect_aux or not j:
        return None
    before = [fold(x) for x in words[max(0, j - _MODAL_REACH - 1) : j]]
    if before and before[-1] in g.doing_perfect_aux and is_participle(words, j, lex, g):
        lead = len(before) - 1
        infinitive = g.infinitive_of_participle(said[j])
    elif _after_at_lead(before, w, g):  # "svært ved at skrælle", "glemmer at slukke"
        subject = [x for x in before[:-2] if x in g.subject_pronouns | g.speaker_self]
        own = g.speaker_self | {g.we_word}
        return said[j] if bool(set(subject[-1:]) & own) == (wisher in own) else None
    elif g.is_infinitive(w):
        modal = [k for k, x in enumerate(before) if x in g.can_forms]
        if not modal:
            return None
        between = before[modal[-1] + 1 :]
        # "kan ikke selv", "nu kan far ikke", "kan ikke længere": a negation, "selv", the
        # subject put after "kan", an adverb of the lack
        allowed = g.negations | g.independence_words | g.subject_pronouns | g.citizen_words
        if any(x not in allowed | g.doing_adverbs for x in between):
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


def _after_at_lead(before: list[str], w: str, g: Grammar) -> bool:
    """True for an infinitive right after "at" and one of doing_at_leads ("ved at skrælle")."""
    if not before or before[-1] not in g.infinitive_markers or not g.is_infinitive(w):
        return False
    led = any(tuple(before[-1 - len(lead) : -1]) == lead for lead in g.doing_at_leads)
    return led and fold(w) not in g.generic_verbs | g.memory_pointers


def _rest_of_doing(words, said, punct, j: int, end: int, lex, g: Grammar) -> list[str]:
    """The words of the doing after its verb up to where its clause ends."""
    out: list[str] = []
    for k in range(j + 1, min(end, j + _DOING_MAX)):
        # "støvsuge mit hus, det vil jeg …": a mark ends it, as a join or a new subject does
        if punct[k - 1] or punct[k] or words[k] in lex.run_on_subjects:
            break
        if fold(words[k]) in g.main_joins:
            break
        out.append(said[k])
    # "kan ikke skære mit kød mere": the lack's "mere" is no part of the doing; "tage
    # strømperne på" keeps its verb's particle
    while out and fold(out[-1]) in g.doing_adverbs:
        out.pop()
    if out and fold(out[-1]) in g.end_particles and fold(words[j]) in g.particle_verbs:
        return out
    while out and fold(out[-1]) in g.dangling:
        out.pop()
    return out
