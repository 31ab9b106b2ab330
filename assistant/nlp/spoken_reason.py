"""A reason said as speech keeps the spoken main-clause order after a conjunction of
reason_clause_leads ("fordi"): an adverb of inverted_adverbs, a finite verb and a subject pronoun
("fordi så er jeg oppe") are written subject first ("fordi jeg så er oppe"); so is a
learner's adverb of learner_fronted_adverbs said before the subject and its verb ("fordi der jeg
er ikke bare patient" → "fordi jeg der ikke bare er patient"). Main clauses joined
by "og" stay without a comma, as the house style writes them ("fordi jeg savner dem og jeg keder
mig")."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def spoken_reason_written(words: list[str], g: Grammar) -> list[str]:
    """`words` with each reason clause's spoken order written (see the module)."""
    out = list(words)
    leads = g.reason_clause_leads
    if not leads:
        return out
    i = 0
    while i < len(out):
        if _b(out[i]) in leads and out[i][-1:] not in EDGE:
            _subject_first(out, i + 1, g)
        i += 1
    return out


def _subject_first(out: list[str], k: int, g: Grammar) -> None:
    """ "fordi så er jeg": the subject pronoun before the adverb, in place."""
    if k + 2 >= len(out) or any(w[-1:] in EDGE for w in out[k : k + 2]):
        return
    adverb, verb, subject = out[k], out[k + 1], out[k + 2]
    pronoun = _b(verb) in g.subject_pronouns - g.relative_leads  # "jeg", not "der"
    if _b(adverb) in g.learner_fronted_adverbs and pronoun:
        j = k + 2  # "fordi der jeg (ikke bare) er": a learner's order, "fordi jeg der … er"
        while j < len(out) - 1 and _b(out[j]) in g.negations | g.clause_adverbs:
            j += 1
        if _finite(out[j], g) and not any(w[-1:] in EDGE for w in out[k + 1 : j]):
            out[k : k + 2] = [verb, adverb]
        return
    if _b(adverb) not in g.inverted_adverbs or not _finite(verb, g):
        return
    if _b(subject) not in g.subject_pronouns - g.inverted_not_subjects:
        return
    out[k : k + 3] = [subject.rstrip(EDGE) if subject[-1:] in EDGE else subject, adverb, verb]
    if subject[-1:] in EDGE:
        out[k + 2] += subject[len(subject.rstrip(EDGE)) :]


def _finite(word: str, g: Grammar) -> bool:
    """True for a finite verb: a present form or a modal ("er", "kender", "kan")."""
    w = _b(word)
    return g.is_present(w) or w in g.modals
