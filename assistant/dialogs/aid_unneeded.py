"""A thing said as needed or got under a negation is no aid (pure).

"Ergoterapeuten har været her med en moppe med spray i skaftet, så jeg ikke skal have en spand,
og …": "ikke skal have en spand" tells what the aid spares one, not a thing one manages with.
A lead of a thing needed or got (dialogue.yaml `aid_need_leads`, `aid_need_verbs`,
`aid_given_leads`) with a negation a few words before it in its clause (`aid_given_negations`)
is left out of the answer as the aid readers read it, from the lead to the clause's end; the
other clauses stay as said.
"""

from __future__ import annotations

from assistant.content.yesno import normalise
from assistant.dialogs.given_after_no import NEGATION_REACH
from assistant.dialogs.wordlists import word_set
from assistant.nlp.memo import once

_CLAUSE_ENDS = ".!?;:,"

_LEAD_KEYS = ("aid_need_leads", "aid_need_verbs", "aid_given_leads")


def without_unneeded(text: str, dialogue) -> str:
    """`text` without each clause part from a negated lead of a thing needed or got on ("så jeg
    ikke skal have en spand" → "så jeg ikke"); as said when it has none."""
    words = text.split()
    low = [normalise(w) for w in words]
    leads = once(dialogue, "aid_unneeded_leads", _leads)
    negations = word_set(dialogue, "aid_given_negations")
    buts = word_set(dialogue, "instead_after_negation")
    kept: list[str] = []
    i = 0
    while i < len(words):
        lead = any(tuple(low[i : i + len(p)]) == p for p in leads)
        if lead and _negated(words, low, i, negations):
            end = _clause_end(words, low, i, buts)
            if end > i and words[end - 1][-1:] in _CLAUSE_ENDS and kept:
                kept[-1] += words[end - 1][-1]  # the mark that ended the clause stays
            i = end
            continue
        kept.append(words[i])
        i += 1
    return " ".join(kept) if len(kept) < len(words) else text


def _leads(dialogue) -> tuple[tuple[str, ...], ...]:
    said = (normalise(p).split() for k in _LEAD_KEYS for p in dialogue.words.get(k, ()))
    return tuple(tuple(p) for p in said if p)


def _negated(words: list[str], low: list[str], i: int, negations: frozenset[str]) -> bool:
    """True when a negation stands a few words before index i, in the same clause."""
    for k in range(i - 1, max(-1, i - 1 - NEGATION_REACH), -1):
        if words[k][-1:] in _CLAUSE_ENDS:
            return False
        if low[k] in negations:
            return True
    return False


def _clause_end(words: list[str], low: list[str], i: int, buts: frozenset[str]) -> int:
    """The index after the clause that starts at i: after its closing mark, or at a "men"."""
    for k in range(i, len(words)):
        if k > i and low[k] in buts:
            return k
        if words[k][-1:] in _CLAUSE_ENDS:
            return k + 1
    return len(words)
