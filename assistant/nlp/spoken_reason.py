"""A reason said as speech runs on: after a conjunction of reason_clause_leads ("fordi") an
adverb of inverted_adverbs, a finite verb and a subject pronoun keep the spoken main-clause order
("fordi så er jeg oppe") and are written subject first ("fordi jeg så er oppe"); a new clause with
its own subject and finite verb joined by "og" ("… og jeg kender hver en postkasse og folk venter
på mig") gets a comma before "og", as written Danish parts main clauses."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b

#: Words at most between "og" and the new clause's finite verb ("og min gamle hund elsker").
_SUBJECT_MAX = 3


def spoken_reason_written(words: list[str], g: Grammar) -> list[str]:
    """`words` with each reason clause's spoken order and joins written (see the module)."""
    out = list(words)
    leads = g.reason_clause_leads
    if not leads:
        return out
    i = 0
    while i < len(out):
        if _b(out[i]) in leads and out[i][-1:] not in EDGE:
            _subject_first(out, i + 1, g)
            _commas_before_and(out, i + 1, g)
        i += 1
    return out


def _subject_first(out: list[str], k: int, g: Grammar) -> None:
    """ "fordi så er jeg": the subject pronoun before the adverb, in place."""
    if k + 2 >= len(out) or any(w[-1:] in EDGE for w in out[k : k + 2]):
        return
    adverb, verb, subject = out[k], out[k + 1], out[k + 2]
    if _b(adverb) not in g.inverted_adverbs or not _finite(verb, g):
        return
    if _b(subject) not in g.subject_pronouns - g.inverted_not_subjects:
        return
    out[k : k + 3] = [subject.rstrip(EDGE) if subject[-1:] in EDGE else subject, adverb, verb]
    if subject[-1:] in EDGE:
        out[k + 2] += subject[len(subject.rstrip(EDGE)) :]


def _commas_before_and(out: list[str], k: int, g: Grammar) -> None:
    """A comma before each "og" of the clause from k that opens a clause of its own: a subject
    and then a finite verb, the clause before it with a finite verb of its own."""
    verb_seen = False
    for j in range(k, len(out) - 1):
        word = out[j]
        joins = _b(word) == g.and_word and verb_seen and not out[j - 1].endswith((",", "."))
        if joins and _opens_clause(out, j + 1, g):
            out[j - 1] += ","
            verb_seen = False
            continue
        if _finite(word, g):
            verb_seen = True
        if word[-1:] in ".!?;":
            return


def _opens_clause(out: list[str], k: int, g: Grammar) -> bool:
    """True when a subject (a pronoun, or up to _SUBJECT_MAX words of a noun phrase) and then a
    finite verb open the words from k ("jeg kender", "folk venter", "min hund elsker")."""
    if k >= len(out) or not out[k].isalpha():
        return False
    if _b(out[k]) in g.subject_pronouns - g.inverted_not_subjects:
        return k + 1 < len(out) and _finite(out[k + 1], g)
    if _finite(out[k], g):
        return False  # "og går": the same subject
    if _b(out[k]) in g.function_words and _b(out[k]) not in g.clause_determiners:
        return False  # "og i haven": no subject
    for n in range(k + 1, min(k + 1 + _SUBJECT_MAX, len(out))):
        if out[n - 1][-1:] in EDGE:
            return False
        if _finite(out[n], g):
            return True
    return False


def _finite(word: str, g: Grammar) -> bool:
    """True for a finite verb: a present form or a modal ("er", "kender", "kan")."""
    w = _b(word)
    return g.is_present(w) or w in g.modals
