"""An aid inside the scope of a decline that opens its sentence.

"Nej tak, jeg kan ikke holde døre for folk med en rollator", "men nej tak, jeg gider ikke slæbe
rundt på en rollator", "nej tak til rollatoren": the decline (independence.yaml
`scope_refusals`, after `proposal_skip` words at the start of a sentence or a "men" clause)
governs the aid said later in it, under a negation or right after "til"; so does any no that
answers the aid's own proposal, when the aid is named again in it ("Datteren synes, jeg skal have
en rollator. Nej, jeg kan ikke holde døre med en rollator"), also first in the no with a negation
after it ("Hun ville også have, at jeg skulle gå med stok. Nej, med stok kan man ikke danse").
A word of `scope_keeps` between the
negation and the aid ("nej tak, ikke uden min rollator") keeps it, as does an aid with no
negation before it ("nej tak, jeg klarer mig med min stok"). A no that opens the next sentence
and points back ("… albuestokke. Nej, dem kan jeg ikke bruge") turns down the last aid before it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.content.lexicon import Lexicon

_COMMA = ","
_TO = "til"
_ENDS = frozenset({".", "!", "?", ";"})  # the marks that end a sentence


def refused_in_scope(
    words: Sequence[str], i: int, lex: Lexicon, proposed: Callable[[int], bool]
) -> bool:
    """True for the aid at i governed by the decline that opens its sentence; `proposed(k)`
    tells whether the mention at k was proposed and turned down."""
    ind = lex.independence
    if not ind.scope_refusals and not ind.proposal_refusals:
        return False
    start = _sentence_start(words, i, lex)
    k = _skip(words, start, ind.proposal_skip)
    lead = _lead(words, k, i, ind.scope_refusals)
    if lead:
        after = _skip(words, k + lead, frozenset())
        if after < i and words[after] == _TO and _only_determiners(words, after + 1, i, lex):
            return True  # "nej tak til rollatoren"
        if _negated(words, k + lead, i, lex, lead_negates=_negates(words, k, lead, lex)):
            return True
    if _lead(words, k, i, ind.proposal_refusals) and _said_again(words, start, i, lex, proposed):
        return _negated(words, k, i, lex, lead_negates=False) or _negated_after(words, k, i, lex)
    return False


def _negated_after(words, k: int, i: int, lex: Lexicon) -> bool:
    """True for the aid at i said first after the no at k, led by one of pointer_preps, and a
    negation after it in its clause ("Nej, med stok kan man ikke danse"); not "Nej, uden stok
    kan jeg ikke gå" (no pointer_preps) nor "nej, med stok kan jeg godt" (no negation)."""
    ind = lex.independence
    lead = _lead(words, k, i, ind.proposal_refusals)
    between = [w for w in words[k + lead : i] if w != _COMMA]
    dets = ind.negated_aid_gap | lex.owners
    if (
        not between
        or between[0] not in ind.pointer_preps
        or any(w not in dets for w in between[1:])
    ):
        return False
    stop = next(
        (
            e
            for e in range(i + 1, len(words))
            if words[e] == _COMMA or words[e] in lex.clause_breaks
        ),
        len(words),
    )
    return _negated(words, i + 1, stop, lex, lead_negates=False)


def refused_by_pointer(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for the last aid of its sentence when the next opens with a no and a word pointing
    back, negated in its clause ("… en skinne. Nej tak, med den kan jeg ikke bøje hånden")."""
    ind = lex.independence
    if not ind.pointer_refusals or not ind.pointer_words:
        return False
    brk = next((k for k in range(i + 1, len(words)) if words[k] in lex.clause_breaks), None)
    if brk is None or words[brk] not in _ENDS or any(w in lex.aids for w in words[i + 1 : brk]):
        return False  # "min stok, men nej tak, det gider jeg ikke …": no next sentence
    end = len(words)
    k = _skip(words, brk + 1, ind.proposal_skip)
    lead = _lead(words, k, end, ind.pointer_refusals)
    if not lead:
        return False
    k = _skip(words, k + lead, ind.proposal_skip)  # "nej altså, med den …"
    if k < end and words[k] in ind.pointer_preps:
        k += 1
    point = _lead(words, k, end, ind.pointer_words)
    if not point:
        return False
    s = k + point
    stop = next(
        (e for e in range(s, end) if words[e] == _COMMA or words[e] in lex.clause_breaks), end
    )
    if any(w in lex.aids for w in words[s:stop]):
        return False  # "Nej tak, det gider jeg ikke med en kørestol": the no's own aid
    return _negated(words, s, stop, lex, lead_negates=False)


def turned_down_part(words: Sequence[str], lo: int, hi: int, lex: Lexicon) -> bool:
    """True for a part naming an aid turned down by a no pointing back after it ("Kommunen
    ville give mig albuestokke." before "Nej, dem kan jeg ikke bruge"): a proposal, no stance."""
    return any(
        w in lex.aids and refused_by_pointer(words, k, lex) for k, w in enumerate(words[lo:hi], lo)
    )


def _sentence_start(words: Sequence[str], i: int, lex: Lexicon) -> int:
    """The first word after the last clause break before i (0 when none)."""
    return next((k + 1 for k in range(i - 1, -1, -1) if words[k] in lex.clause_breaks), 0)


def _skip(words: Sequence[str], k: int, skip: frozenset[str]) -> int:
    while k < len(words) and (words[k] == _COMMA or words[k] in skip):
        k += 1
    return k


def _lead(words, k: int, i: int, leads) -> int:
    """The length of the longest lead of `leads` at k ending before i (commas passed), else 0."""
    best = 0
    for lead in leads:
        j, n = k, 0
        for w in lead:
            j = _skip(words, j, frozenset()) if n else j
            if j >= i or words[j] != w:
                break
            j, n = j + 1, n + 1
        else:
            best = max(best, j - k)
    return best


def _negates(words, k: int, lead: int, lex: Lexicon) -> bool:
    """True when the lead itself holds a negation ("det gider jeg ikke")."""
    return any(w in lex.negations for w in words[k : k + lead])


def _negated(words, s: int, i: int, lex: Lexicon, *, lead_negates: bool) -> bool:
    """True when a negation stands between s and the aid at i (or the lead held one), with no
    word of scope_keeps and no comma after it ("nej tak ikke en rollator, jeg vil hellere gå
    med min stok": the stick is after the comma)."""
    keeps = lex.independence.scope_keeps | lex.independence.without_words
    negated = lead_negates
    for w in words[s:i]:
        if w in lex.negations:
            negated = True
        elif w in keeps or w == _COMMA:
            negated = False
    return negated


def _only_determiners(words, s: int, i: int, lex: Lexicon) -> bool:
    """True when only articles and possessives stand from s to the aid at i."""
    dets = lex.independence.negated_aid_gap | lex.owners
    return all(w in dets for w in words[s:i])


def _said_again(words, start: int, i: int, lex: Lexicon, proposed) -> bool:
    """True when the aid at i was named before its sentence, in a proposal turned down."""
    aid = lex.aids.get(words[i])
    return aid is not None and any(
        lex.aids.get(words[k]) == aid and proposed(k) for k in range(start)
    )


def not_without(words: Sequence[str], s: int, i: int, lex: Lexicon) -> bool:
    """True for the without word at s said under a negation, the aid at i its object ("nej,
    ikke uden min rollator", "jeg kan ikke gå uden min stok"): not without it is with it. A
    negation within `not_without_reach` words before, no comma or clause break between; an
    "uden at …" clause (without_clause_leads) is no object."""
    ind = lex.independence
    if any(w in ind.without_clause_leads or w == _COMMA for w in words[s + 1 : i]):
        return False
    for k in range(s - 1, max(-1, s - 1 - ind.not_without_reach), -1):
        if words[k] == _COMMA or words[k] in lex.clause_breaks:
            break
        if words[k] in lex.negations:
            return True
    return fronted_need(words, s, i, lex)


def fronted_need(words: Sequence[str], s: int, i: int, lex: Lexicon) -> bool:
    """True for a without phrase opening its clause with the aid at i its object and a clause
    of not managing right after it ("Uden rollatoren kan jeg slet ikke", "uden stokken går det
    ikke"): a verb of need_after_without_verbs first, a negation within not_without_reach words
    after it, no comma or clause break between; the aid is needed, not done without."""
    ind = lex.independence
    k = s - 1
    while k >= 0 and words[k] in ind.rejected_next_gap:
        k -= 1  # "øh uden min rollator …", "nej, uden stokken …"
    opens = k < 0 or words[k] in lex.clause_breaks or _COMMA in words[k + 1 : s]
    if not opens or i + 1 >= len(words) or words[i + 1] not in ind.need_after_without_verbs:
        return False
    for k in range(i + 2, min(len(words), i + 2 + ind.not_without_reach)):
        if words[k] == _COMMA or words[k] in lex.clause_breaks:
            return False
        if words[k] in lex.negations:
            return True
    return False
