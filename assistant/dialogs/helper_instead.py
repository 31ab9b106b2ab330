"""A helper asserted on the summary in place of the goal's one turned down ("nej ikke min søster,
det bliver naboen", "nej, min søn, ikke min datter", "datteren har ikke tid, det er sønnen der
kommer"): the person said in a part of their own, with no negation, only leads before them and at
most a relative clause after, is the goal's helper now. The one turned down is never the new
one; when no helper of the goal is turned down, or two people could be meant, none is read
(the change question asks)."""

from __future__ import annotations

import re

from assistant.content.grammar import EDGE
from assistant.content.yesno import normalise
from assistant.dialogs.wordlists import word_set

_PARTS = re.compile(r"[,.;:!?]+\s*|\s+men\s+", re.IGNORECASE)


def helper_asserted(text: str, roles: dict[str, str], off: set[str], held, ctx) -> list[str]:
    """The one person of `roles` (not in `off`, the people turned down) asserted as the helper
    in a part of `text` of its own, when a helper of the goal (`held`) is turned down; else []."""
    if not off & set(held or ()):
        return []
    candidates = [n for n in roles if n not in off and n not in (held or ())]
    if len(candidates) != 1:
        return []
    lex = ctx.content.lexicon
    # a relative's "min bror" is the citizen's son: the part names a person, the role says whom
    return candidates if any(_asserts(p, lex, ctx) for p in _PARTS.split(text)) else []


def _asserts(part: str, lex, ctx) -> bool:
    """True when the part says only a person after its leads, a relative clause at most after."""
    fillers = word_set(ctx.dialogue, "fillers")
    said = [(w, normalise(w)) for w in part.split()]
    said = [(w, n) for w, n in said if n and n not in fillers]
    words = [n for _w, n in said]
    if not words or set(words) & word_set(ctx.dialogue, "negations"):
        return False
    leads = sorted(
        (normalise(p).split() for p in ctx.dialogue.words.get("helper_instead_leads", ())),
        key=len,
        reverse=True,
    )
    k, moved = 0, True
    while moved and k < len(words):
        lead = next((q for q in leads if words[k : k + len(q)] == q), None)
        moved = lead is not None
        k += len(lead) if lead else 0
    if k < len(words) and words[k] in word_set(ctx.dialogue, "helper_instead_articles"):
        k += 1
    if k >= len(words) or not ({said[k][0].strip(EDGE).lower(), words[k]} & set(lex.people)):
        return False
    k += 1
    relatives = word_set(ctx.dialogue, "helper_instead_relatives")
    if k < len(words) and words[k] not in relatives and said[k][0][:1].isupper():
        k += 1  # "naboen Jens"
    return k >= len(words) or words[k] in relatives
