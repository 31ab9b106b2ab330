"""A helper asserted on the summary in place of the goal's one turned down ("nej ikke min søster,
det bliver naboen", "nej, min søn, ikke min datter", "datteren har ikke tid, det er sønnen der
kommer", "det er min svigersøn Kenneth, hendes far. Skriv svigersønnen."): the person said in a
part of their own, with no negation, only leads before them and at most a relative clause after,
is the goal's helper now. A part of only a person right after a part that asserted one ("…
Kenneth, hendes far") says who that one is, no second person. The one turned down is never the
new one; when no helper of the goal is turned down, or two people could be meant, none is read
(the change question asks)."""

from __future__ import annotations

import re

from assistant.content.grammar import EDGE, fold
from assistant.content.yesno import normalise
from assistant.dialogs.wordlists import word_set

_PARTS = re.compile(r"[,.;:!?]+\s*|\s+men\s+", re.IGNORECASE)
_FOLDED_PEOPLE: dict[int, dict[str, str]] = {}


def helper_asserted(text: str, roles: dict[str, str], off: set[str], held, ctx) -> list[str]:
    """The one person of `roles` (not in `off`, the people turned down) asserted as the helper
    in a part of `text` of its own, when a helper of the goal (`held`) is turned down; else []."""
    if not off & set(held or ()):
        return []
    candidates = [n for n in roles if n not in off and n not in (held or ())]
    if not candidates:
        return []
    lex = ctx.content.lexicon
    asserted: list[str] = []
    after_person = False
    for part in _PARTS.split(text):
        who, led = _asserts(part, lex, ctx)
        if who and not (after_person and not led):  # "Kenneth, hendes far": the same one
            asserted.append(who)
        after_person = who is not None
    if not asserted:
        return []
    if len(candidates) == 1:
        # a relative's "min bror" is the citizen's son: the part names a person, the role says whom
        return candidates
    named = {c for c in candidates if c in asserted}
    return sorted(named) if len(named) == 1 else []


def _person(word: str, folded: str, lex) -> str | None:
    """The person lemma of a said word ("svigersønnen", typed "svigersoennen"), else None."""
    people = lex.people
    found = people.get(word) or people.get(folded)
    if found:
        return found
    table = _FOLDED_PEOPLE.get(id(lex))
    if table is None:
        table = _FOLDED_PEOPLE[id(lex)] = {fold(k): v for k, v in people.items()}
    return table.get(folded)


def _asserts(part: str, lex, ctx) -> tuple[str | None, bool]:
    """The person a part says only after its leads, a relative clause at most after, and
    whether a lead came first ("det er", "skriv"); (None, False) when it says none."""
    fillers = word_set(ctx.dialogue, "fillers")
    said = [(w, normalise(w)) for w in part.split()]
    said = [(w, n) for w, n in said if n and n not in fillers]
    words = [n for _w, n in said]
    if not words or set(words) & word_set(ctx.dialogue, "negations"):
        return None, False
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
    led = k > 0
    if k < len(words) and words[k] in word_set(ctx.dialogue, "helper_instead_articles"):
        k += 1
    who = _person(said[k][0].strip(EDGE).lower(), words[k], lex) if k < len(words) else None
    if who is None:
        return None, False
    k += 1
    relatives = word_set(ctx.dialogue, "helper_instead_relatives")
    if k < len(words) and words[k] not in relatives and said[k][0][:1].isupper():
        k += 1  # "naboen Jens"
    return (who, led) if k >= len(words) or words[k] in relatives else (None, False)
