"""A thing someone has got, found, bought or made for one, told after a no to the aid question
(pure).

"Nej, ikke den armslynge igen, den har jeg smidt ud. Men ergoterapeuten har fundet en
bryggegryde med tappehane, …, og en rullevogn til spandene", "nej, men min søn har købt en
rullevogn til mig": the no turns down one aid (or aids as such); the clause after it tells of a
thing given to manage with (dialogue.yaml `aid_given_leads`), the means of the goal. That clause
is read as the answer, from its subject on. A lead said negated ("nej, jeg har ikke fået en
rollator endnu") tells of no thing got.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.content.yesno import normalise
from assistant.dialogs.reply import Ctx, Reply
from assistant.dialogs.wordlists import word_set

#: Words before a lead a negation may stand ("har ikke fået en", "har aldrig nogensinde fået en").
NEGATION_REACH = 3

_SENTENCE_ENDS = ".!?;:,"


def given_part(r: Reply, ctx: Ctx) -> Reply | None:
    """The clause of the answer that tells of a thing given or found for one, read without the
    aids the answer turns down; None when it tells of none, or when that clause is the whole
    answer (nothing said before it to leave out)."""
    if r.card is not None or r.facts is None:
        return None
    text = str((r.facts.extras or {}).get("spelled") or r.text)
    words = text.split()
    low = [normalise(w) for w in words]
    said = (normalise(q).split() for q in ctx.dialogue.words.get("aid_given_leads", ()))
    leads = [p for p in said if p]
    negations = word_set(ctx.dialogue, "aid_given_negations")
    buts = word_set(ctx.dialogue, "instead_after_negation")
    for i in range(len(low)):
        if not any(low[i : i + len(p)] == p for p in leads):
            continue
        if any(w in negations for w in low[max(0, i - NEGATION_REACH) : i]):
            continue  # "jeg har ikke fået en rollator"
        start = i
        while start and words[start - 1][-1:] not in _SENTENCE_ENDS and low[start - 1] not in buts:
            start -= 1  # back to the clause's subject ("Men ergoterapeuten har fundet en")
        if start == 0:
            return None
        unused = set((r.facts.extras or {}).get("aids_not_used") or ())
        aids = tuple(a for a in r.facts.aids if a not in unused)
        rest = " ".join(words[start:])
        extras = {**(r.facts.extras or {}), "spelled": rest}
        facts = replace(r.facts, aids=aids, independence=None, extras=extras)
        return replace(r, text=rest, facts=facts)
    return None


#: Words of the last fragment that names who an aid came from ("ergo", "fra kommunen").
GIVER_WORDS = 2


def without_giver(text: str, ctx: Ctx) -> str:
    """The aid answer typed as fragments without each fragment that names who the things came
    from (dialogue.yaml `aid_givers`, by the lexicon's role: "sadelstol. tykke greb. ergo." →
    "sadelstol. tykke greb."; "piskeris. tykt. greb. ergo. høj. stol." → "piskeris. tykt. greb.
    høj. stol."), two fragments left at least; the text as said otherwise ("stok. datter.": the
    daughter is help)."""
    parts = [p for p in text.split(".") if p.strip()]
    if len(parts) < 3:  # the giver and two things at least
        return text
    kept = [p for p in parts if not _giver(p, ctx)]
    if len(kept) == len(parts) or len(kept) < 2:
        return text
    return ".".join(kept) + "."


def _giver(part: str, ctx: Ctx) -> bool:
    """True for a fragment that names one of aid_givers, a lead before it at most ("ergo", "fra
    ergo")."""
    last = [normalise(w) for w in part.split()]
    leads = word_set(ctx.dialogue, "aid_giver_leads")
    said = last[1:] if len(last) > 1 and last[0] in leads else last
    givers = word_set(ctx.dialogue, "aid_givers")
    return (
        len(last) <= GIVER_WORDS
        and len(said) == 1
        and ctx.content.lexicon.people.get(said[0]) in givers
    )


def without_when(text: str, ctx: Ctx) -> str:
    """The aid answer typed as fragments without each one-word fragment of when or how much
    (stance.yaml action_fragment_not_things: "rollator. støttestrømper. morgen." → "rollator.
    støttestrømper."), two fragments left at least; the text as said otherwise."""
    cues = ctx.content.lexicon.action
    parts = [p for p in text.split(".") if p.strip()]
    if cues is None or len(parts) < 3:
        return text
    kept = [p for p in parts if normalise(p.strip()) not in cues.fragment_not_things]
    if len(kept) == len(parts) or len(kept) < 2:
        return text
    return ".".join(kept) + "."
