"""A thing someone has got, bought or given one, told before a refused aid (pure).

"Fysioterapeuten har givet mig en hælkile i skoen og en ankelbandage, og jeg har købt nye
indendørssko med god støtte. Albuestokkene vil jeg ikke have med i hallen, nej.": the no turns
down the crutches only; the sentences before it, from the first that tells of a thing given
(dialogue.yaml `aid_given_leads`, not negated), are the answer to how. Read without the aids
named only in the refusing sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from assistant.content.yesno import normalise
from assistant.dialogs.given_after_no import NEGATION_REACH
from assistant.dialogs.reply import Ctx, Reply
from assistant.dialogs.wordlists import word_set

_SENTENCE_ENDS = ".!?"
_MARKS = ".,!?;:"


def given_before(r: Reply, ctx: Ctx, aid_of: Callable[[str], str | None]) -> Reply | None:
    """The sentences before the one that refuses, when they tell of a thing given or bought
    for one (see the module), read with the aids said in them (`aid_of`: an aid's name for a
    word, or None); None when no such sentence opens the answer."""
    if r.card is not None or r.facts is None:
        return None
    words = str((r.facts.extras or {}).get("spelled") or r.text).split()
    sentences, start = [], 0
    for k, w in enumerate(words):
        if w[-1:] in _SENTENCE_ENDS or k == len(words) - 1:
            sentences.append(words[start : k + 1])
            start = k + 1
    negations = word_set(ctx.dialogue, "aid_given_negations")
    said = (normalise(q).split() for q in ctx.dialogue.words.get("aid_given_leads", ()))
    leads = [p for p in said if p]
    kept: list[str] = []
    for part in sentences:
        low = [normalise(w) for w in part]
        if any(w in negations for w in low):
            break  # the refusing sentence and all after it
        given = any(
            low[i : i + len(p)] == p
            and not any(w in negations for w in low[max(0, i - NEGATION_REACH) : i])
            for i in range(len(low))
            for p in leads
        )
        if not kept and not given:
            return None  # the answer opens with something else: no thing given told first
        kept += part
    if not kept or len(kept) == len(words):
        return None
    named = {aid_of(w.strip(_MARKS)) for w in kept} - {None}
    unused = set((r.facts.extras or {}).get("aids_not_used") or ())
    aids = tuple(a for a in r.facts.aids if a in named and a not in unused)
    rest = " ".join(kept)
    extras = {**(r.facts.extras or {}), "spelled": rest}
    facts = replace(r.facts, aids=aids, independence=None, extras=extras)
    return replace(r, text=rest, facts=facts)
