"""An aid someone else proposes, turned down in the next breath.

"Min svigersøn snakker om at sætte en elmotor på. Nej, så er det jo ikke at sejle kano længere",
"ergoterapeuten har foreslået en badebænk, men det vil jeg ikke have": the aid is named inside a
proposal (independence.yaml `proposal_leads` before it in its sentence) and the next sentence or
"men" clause opens with a no (`proposal_refusals`): no aid of the goal. A no after an aid one
simply has ("Jeg går med rollator. Nej, jeg kan ikke undvære den.") is no refusal of it.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import Lexicon
from assistant.nlp.memo import once

_COMMA = ","


def proposed_and_refused(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for the aid at i named in someone's proposal that the next clause turns down."""
    ind = lex.independence
    if not ind.proposal_leads or not ind.proposal_refusals:
        return False
    return _proposed(words, i, lex) and _refused_next(words, i, lex)


def _proposed(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True when a proposal lead ends within reach before the aid in its clause (commas are
    passed: "min datter synes, jeg skal have en rollator")."""
    ind = lex.independence
    before: list[str] = []
    for k in range(i - 1, max(-1, i - 1 - ind.proposal_reach), -1):
        if words[k] in lex.clause_breaks:
            break
        if words[k] != _COMMA:
            before.insert(0, words[k])
    by_first = once(lex, "proposal_leads_by_first", _leads_by_first)
    if None in by_first:
        return True  # an empty lead is found anywhere
    return any(
        tuple(before[s : s + len(lead)]) == lead
        for s, w in enumerate(before)
        for lead in by_first.get(w, ())
    )


def _leads_by_first(lex: Lexicon) -> dict[str | None, tuple[tuple[str, ...], ...]]:
    """The proposal leads by their first word (a lead is tried only where its first word is)."""
    out: dict[str | None, list[tuple[str, ...]]] = {}
    for lead in lex.independence.proposal_leads:
        out.setdefault(lead[0] if lead else None, []).append(lead)
    return {w: tuple(leads) for w, leads in out.items()}


def _refused_next(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True when the first clause break within reach after the aid opens a no."""
    ind = lex.independence
    stop = min(len(words), i + 1 + ind.proposal_reach)
    brk = next((k for k in range(i + 1, stop) if words[k] in lex.clause_breaks), None)
    if brk is None:
        return False
    k = brk + 1
    while k < len(words) and (words[k] == _COMMA or words[k] in ind.proposal_skip):
        k += 1
    rest = tuple(words[k:])
    return any(rest[: len(no)] == no for no in ind.proposal_refusals)
