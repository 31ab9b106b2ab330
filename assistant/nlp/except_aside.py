"""An exception told of the past inside a reason is a story aside, no part of why: "han har ikke
sprunget en dag over i 40 år, kun da Edith døde, og hans tal er med" gives "han har ikke sprunget
en dag over i 40 år, og hans tal er med"; an exception of today ("…, undtagen når det regner")
stays as told."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b

_CLAUSE_END = ",.;:!?"


def without_exception_asides(text: str, g: Grammar) -> str:
    """The text with each past exception aside (one of `exception_leads` right after a comma,
    a past verb or a death word in it, up to the next mark or main join) left out."""
    if not g.exception_leads:
        return text
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        end = _aside_end(words, i, g) if out and out[-1].endswith(",") else None
        if end is None:
            out.append(words[i])
            i += 1
            continue
        mark = words[end - 1][len(words[end - 1].rstrip(EDGE)) :]
        # "…i 40 år, kun da Edith døde, og …": the comma before the aside stays for the "og"
        out[-1] = out[-1].rstrip(",") + (mark or ("," if end < len(words) else ""))
        i = end
    return " ".join(out)


def _aside_end(words: list[str], i: int, g: Grammar) -> int | None:
    """Where the past exception aside opened at i ends (past its last word), or None."""
    lead = next(
        (q for q in g.exception_leads if tuple(_b(w) for w in words[i : i + len(q)]) == q), None
    )
    if lead is None or any(w[-1:] in _CLAUSE_END for w in words[i : i + len(lead) - 1]):
        return None
    end = i + len(lead)
    while end < len(words) and _b(words[end]) not in g.main_joins:
        end += 1
        if words[end - 1][-1:] in _CLAUSE_END:
            break
    said = words[i + len(lead) : end]
    if not said or end - i > len(lead) + _ASIDE_MAX:
        return None
    past = any(_b(w) in g.death_words or g.is_past(w) for w in said)
    return end if past else None


_ASIDE_MAX = 8  # words after the lead: a longer tail is a clause of its own, not an aside
