"""A reason the citizen passes on from one who advises ("Lægen siger, svømning er godt for sukker
og for knæ", a second language's "at" unsaid), told with a bare noun of her own body or illness
(reason_own_body) after one of reason_own_body_leads: that noun gets its possessive. A clause of
what a thing is ("er godt for …") is then her own why, written without the lead ("svømning er
godt for mit sukker og for mine knæ"); a clause with a modal ("skal bevæge mig") is the
adviser's word and keeps the lead, with its "at". Any other reason stays as said ("lægen siger
det er godt for mig", pinned by test_learner_reason47)."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def advice_written(words: list[str], g: Grammar) -> list[str]:
    """The words of a reason opening with an adviser's "siger", as the module says; else as said."""
    i = 1 if words and _b(words[0]) in g.possessive_words else 0  # "min læge siger …"
    if len(words) < i + 4 or not g.quote_that or not g.reason_advisers:
        return words
    if _b(words[i]) not in g.reason_advisers or _b(words[i + 1]) not in g.attribution_verbs:
        return words
    if words[i][-1:] in EDGE:
        return words
    k = i + 2
    that = words[k] if _b(words[k]) in g.quote_that else min(g.quote_that)
    body = words[k + 1 :] if _b(words[k]) in g.quote_that else words[k:]
    if not any(g.is_present(w) or g.is_past(w) for w in body):
        return words  # "Doktor siger, gå tur godt for …": no clause to write
    owned = _own_body(body, g)
    if owned == body:
        return words  # "lægen siger det er godt for mig": the reported reason stays as said
    body = owned
    finite = next(w for w in body if g.is_present(w) or g.is_past(w))
    if _b(finite) == g.be_word and not any(_b(w) in g.modals for w in body):
        return body  # "svømning er godt for mit sukker": what it is, passed on as her own why
    head = [*words[:k]]
    head[-1] = head[-1].rstrip(",") + ","
    return [*head, that, *body]


def _own_body(words: list[str], g: Grammar) -> list[str]:
    """The words with the possessive before a bare noun of the citizen's body or illness that
    follows a lead ("for knæ") or a join after such a noun ("for sukker og knæ")."""
    out: list[str] = []
    owning = owned = False
    for w in words:
        b = _b(w)
        mine = owning and b in g.reason_own_body and w.rstrip(EDGE).isalpha()
        if mine:
            out.append(g.reason_own_body[b])
        out.append(w)
        joined = owned and b in g.main_joins  # "for sukker og knæ": the join goes on
        owning = w[-1:] not in EDGE and (b in g.reason_own_body_leads or joined)
        owned = mine and w[-1:] not in EDGE
    return out
