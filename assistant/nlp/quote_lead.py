"""A relative's quote of the citizen said another way is read as the plain one: "hun siger
altid, at hun ser frem til tirsdagene", "han mener, at …", "hun har sagt, at …", "han har tit
fortalt mig, at …" are "hun siger, at …", so the words after "at" are the citizen's own and
come out in the first person. A sentence opened by a negated lead ("hun siger aldrig, at hun har
ondt") tells what the citizen does not say: no words of theirs, left out of the reason."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b

#: _lead_end's answer for a lead that denies the words after it ("hun siger aldrig, at …").
_DENIED = -1


def plain_quote_leads(text: str, g: Grammar) -> str:
    """The text with each sentence's quote lead said otherwise written as the plain lead of its
    pronoun (the first of `quote_leads` that opens with it, then "at"), and each sentence a
    negated lead opens left out."""
    if not g.quote_lead_verbs or not g.quote_that:
        return text
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        # "øh hun siger tit at …": a filler before the lead keeps the sentence's opening
        opens = not out or out[-1][-1:] in ".!?" or all(_b(w) in g.fillers for w in out)
        end = _lead_end(words, i, g) if opens else None
        if end == _DENIED:  # "hun siger aldrig, at hun har ondt": not her words; left out
            while i < len(words) and words[i][-1:] not in ".!?":
                i += 1
            i += 1
            continue
        if end is None:
            out.append(words[i])
            i += 1
            continue
        lead = next(q for q in g.quote_leads if q[0] == _b(words[i]))
        that = words[end - 1].strip(EDGE)
        said = [words[i].strip(EDGE), *lead[1:]]
        out.extend([*said[:-1], said[-1] + ",", that])
        i = end
    return " ".join(out)


def _lead_end(words: list[str], i: int, g: Grammar) -> int | None:
    """Where a quote lead said otherwise opened at i ends (past its "at"), or None; the plain
    lead itself ("han siger at", "hun sagde, at") is none."""
    pronoun = _b(words[i])
    if pronoun not in g.citizen_pronouns or not any(q[0] == pronoun for q in g.quote_leads):
        return None
    k = i + 1
    plain = True
    if k < len(words) and _b(words[k]) in g.perfect_auxiliaries:
        k, plain = k + 1, False  # "hun har sagt"
    k, moved = _past_phrases(words, k, g.quote_lead_adverbs)
    verb = _phrase_at(words, k, g.quote_lead_verbs)
    if verb is None or any(w[-1:] in EDGE for w in words[i : k + verb - 1]):
        return None
    plain = plain and not moved and (pronoun, _b(words[k])) in g.quote_leads
    k += verb
    if k + 1 < len(words) and _b(words[k]) in g.negations and words[k - 1][-1:] != ",":
        return _DENIED if _b(words[k + 1]) in g.quote_that else None  # "hun siger aldrig at"
    if k < len(words) and _b(words[k]) in g.quote_lead_listeners and words[k - 1][-1:] != ",":
        k, plain = k + 1, False  # "han har tit fortalt mig, at"
    if words[k - 1][-1:] != ",":
        k, after = _past_phrases(words, k, g.quote_lead_adverbs)  # "hun siger altid, at"
        plain = plain and not after
    if k >= len(words) or _b(words[k]) not in g.quote_that or plain:
        return None
    if any(w[-1:] in ".!?;:" for w in words[i:k]):
        return None
    return k + 1


def _past_phrases(words: list[str], k: int, phrases) -> tuple[int, bool]:
    """k moved past any phrases of `phrases` there, and whether it moved."""
    start = k
    while (n := _phrase_at(words, k, phrases)) is not None:
        k += n
    return k, k > start


def _phrase_at(words: list[str], k: int, phrases) -> int | None:
    """The length of the first of `phrases` said at k, or None."""
    for q in phrases:
        if tuple(_b(w) for w in words[k : k + len(q)]) == q:
            return len(q)
    return None
