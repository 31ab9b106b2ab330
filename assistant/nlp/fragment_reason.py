"""A reason typed as fragments with no verb, a quality and how long it has held said with the
participle of "være" (fix round 49, blind159 Rigmor): "Pæn i tøjet. Altid været." is one clause,
"jeg altid har været pæn i tøjet"; "Altid været pæn." too. Nothing is invented beyond the
perfect's own "har" and the citizen's "jeg" (the subject a fragment leaves unsaid, as "træt af
rugbrød" is "jeg er træt af rugbrød")."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def fragments_been(sentences: list[str], g: Grammar) -> list[str] | None:
    """The clause of a quality and its time told as fragments ("Pæn i tøjet." + "Altid været."
    → "jeg altid har været pæn i tøjet"), or None when the sentences are no such pair."""
    if not g.been_word or not g.have_word:
        return None
    said = [[w.strip(EDGE) for w in s.split() if w.strip(EDGE)] for s in sentences]
    said = [s for s in said if s]
    if len(said) == 1:  # "Altid været pæn i tøjet."
        time, quality = _time_said(said[0], g)
        return _clause(time, quality, g) if time and quality else None
    if len(said) != 2:
        return None
    for first, second in (said, said[::-1]):
        time, rest = _time_said(second, g)
        if time and not rest and _quality(first, g):
            return _clause(time, first, g)
    return None


def _time_said(words: list[str], g: Grammar) -> tuple[list[str], list[str]]:
    """(the time words and the participle, what follows) for "altid været …"; ([], words)
    otherwise."""
    k = 0
    while k < len(words) and _b(words[k]) in g.habit_adverbs:
        k += 1
    if k == 0 or k >= len(words) or _b(words[k]) != _b(g.been_word):
        return [], words
    rest = words[k + 1 :]
    return words[:k], rest if not rest or _quality(rest, g) else []


def _quality(words: list[str], g: Grammar) -> bool:
    """True for a quality said without a verb ("pæn i tøjet", "glad for haven", "stolt")."""
    lead = _b(words[0])
    known = g.predicate_adjectives | g.state_adjectives | set(g.bare_adjectives)
    return lead in known and not any(_b(w) in g.modals or g.is_present(w) for w in words)


def _clause(time: list[str], quality: list[str], g: Grammar) -> list[str]:
    """ "jeg altid har været pæn i tøjet": the citizen, the time, the perfect and the quality."""
    lowered = [quality[0].lower(), *quality[1:]]
    return [g.self_subject, *(w.lower() for w in time), g.have_word, g.been_word, *lowered]
