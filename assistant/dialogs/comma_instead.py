"""A change on the summary said as "nej ikke X, Y" ("nej ikke min datter, min søn", "nej, ikke
hver dag, to gange om ugen"): the short part a no turns down, then after its comma the one
instead, as if said "ikke X, hellere Y"."""

from __future__ import annotations

from assistant.content.yesno import normalise
from assistant.dialogs.wordlists import word_set

_TURNED_DOWN_WORDS = 4  # words of the part turned down, up to its comma ("ikke med datteren")


def comma_instead_at(words: list[str], ctx) -> int | None:
    """The index of the first word after the comma of "nej ikke X, Y" in the answer's `words`
    (split on spaces), or None: only correction leads before the negation, at most
    _TURNED_DOWN_WORDS words before the comma, and no clause of its own after it ("nej ikke min
    kone, hun er syg": `instead_comma_not_before`; "…, kun forhaven": a lead of its own)."""
    leads = word_set(ctx.dialogue, "correction_leads")
    negations = word_set(ctx.dialogue, "negations")
    clause_starts = word_set(ctx.dialogue, "instead_comma_not_before")
    folded = [normalise(w) for w in words]
    at = next((k for k, w in enumerate(folded) if w not in leads and w), None)
    if at is None or folded[at] not in negations:
        return None
    for k in range(at + 1, min(len(words), at + 1 + _TURNED_DOWN_WORDS)):
        if words[k].endswith(","):
            nxt = k + 1
        elif words[k] == "," or words[k].startswith(","):
            nxt = k + 1 if words[k] == "," else k
        else:
            continue
        if nxt >= len(words) or not folded[nxt] or folded[nxt] in clause_starts | leads:
            return None  # a clause of its own, or a lead that says how it goes on ("kun …")
        return nxt
    return None
