"""A no to the reason the product offers ("Du sagde: så jeg kommer lidt ud af lejligheden. Er
det derfor, det er vigtigt?" — "nej det er ikke for at komme ud det er personalet der siger det
jeg vil synge de gamle sange igen … det gør mig glad"): the offered reason goes; the person's
own reason said after the no is read as the answer to the plain question, cut like any reason;
with none, the plain question is asked."""

from __future__ import annotations

from assistant.content.yesno import normalise
from assistant.dialogs.cards import clauses
from assistant.dialogs.correct import reason_off
from assistant.dialogs.reply import Ctx, Reply, spelled
from assistant.dialogs.wordlists import word_set
from assistant.nlp.phrase import finite_verb

#: The slots of a reason another answer told, forgotten when it is turned down.
_TOLD = ("motivation", "reason_said", "purpose_said", "motivation_card")


def turned_down(r: Reply, ctx: Ctx) -> bool:
    """True for a typed answer that opens with a no ("nej …", "næ …") or turns a reason down
    first ("det er ikke for at komme ud …"): the offered reason is not the person's."""
    if r.card is not None or r.facts is None:
        return False
    words = normalise(r.text, ctx.dialogue.yes_no.fillers).split()
    if words and words[0] in word_set(ctx.dialogue, "no_before_negation"):
        return True
    parts = _parts(spelled(r), ctx)
    return bool(parts) and reason_off(parts[0], ctx) > 0


def turns_reason_down(r: Reply, ctx: Ctx) -> bool:
    """True for a typed answer to the plain question why whose first part turns a reason down
    ("nej det er ikke fordi lægen siger det altså når jeg …"): the reason others give is not
    the person's; what follows in the same answer is their own, read as one."""
    if r.card is not None or r.facts is None:
        return False
    parts = _parts(spelled(r), ctx)
    return bool(parts) and reason_off(parts[0], ctx) > 0


def own_reason(r: Reply, ctx: Ctx) -> str:
    """The person's own reason in a no to an offered one: the parts after the no and after the
    reason turned down, from the first that speaks of the person ("jeg vil synge …", "det gør
    mig glad") or leads a reason ("for at …"); talk of who said the other ("det er personalet
    der siger det") is left out. Said without stops, a part is cut where the person's own
    sentence begins ("… siger det jeg vil synge …"). "" when there is none."""
    dialogue = ctx.dialogue
    fillers = dialogue.yes_no.fillers
    leads = word_set(dialogue, "correction_leads") | word_set(dialogue, "no_before_negation")
    grammar = ctx.content.goals.grammar
    own = grammar.first_person_words - grammar.possessive_words  # "min datter" tells of her
    reason_leads = [
        normalise(p).split()
        for key in ("reason_off_leads", "own_reason_leads")
        for p in dialogue.words.get(key, ())
    ]
    subordinate = grammar.when_leads | grammar.condition_leads
    kept: list[str] = []
    for part in _parts(spelled(r), ctx):
        words = [w for w in part.split() if normalise(w, fillers)]
        while words and normalise(words[0]) in leads:
            words = words[1:]  # "nej", "nej nej", "næ altså"
        folded = [normalise(w) for w in words]
        if not kept:
            off = reason_off(" ".join(words), ctx)
            start = 0
            if off or not own & set(folded[:1]):
                # the reason turned down, or talk of others, runs to where the person's own
                # sentence begins ("… komme ud det er personalet der siger det jeg vil …")
                start = next(
                    (
                        k
                        for k in range(max(off, 1) if off < len(words) else 1, len(words))
                        if _own_sentence(words, folded, k, grammar)
                        and k != _denied_at(folded, reason_leads, ctx)
                    ),
                    len(words) if off else 0,
                )
                if 0 < start < len(words) and folded[start - 1] in subordinate:
                    start -= 1  # "… altså når jeg står med træet …": the "når" is his too
            words, folded = words[start:], folded[start:]
        if not words:
            continue
        leads_reason = any(folded[: len(lead)] == lead for lead in reason_leads)
        said = [normalise(w) for w in part.split()]  # "så" is a filler too: read as said
        lead = next((n for n in map(len, reason_leads) if said[:n] in reason_leads), 0)
        if lead and not leads_reason and said[lead:][:1] == folded[:1]:
            words, leads_reason = [*part.split()[:lead], *words], True  # "så min datter …"
        if kept or own & set(folded) or leads_reason or _names_own(folded, ctx):
            kept.append(" ".join(words))
    return ", ".join(kept)


def _names_own(folded: list[str], ctx: Ctx) -> bool:
    """True for a part that names what it is for the person in a cleft ("det er kammeraterne og
    at være ude i naturen"; `own_cleft_leads`): not a dismissal ("det er lige meget") nor who
    says so ("det er min datter der siger det")."""
    dialogue = ctx.dialogue
    relatives = word_set(dialogue, "own_cleft_relatives")
    for lead in sorted((normalise(p).split() for p in dialogue.words.get("own_cleft_leads", ())),
                       key=len, reverse=True):  # fmt: skip
        if lead and folded[: len(lead)] == lead and len(folded) > len(lead):
            rest = folded[len(lead) :]
            dismissed = any(
                rest[: len(d)] == d
                for d in (normalise(p).split() for p in dialogue.words.get("own_cleft_not", ()))
            )
            return not dismissed and not relatives & set(rest)
    return False


def _denied_at(folded: list[str], reason_leads: list[list[str]], ctx: Ctx) -> int:
    """Where the words of a reason turned down begin, right after its negation and lead ("ikke
    fordi | jeg skal vinde noget": the "jeg" there is the denied reason's, no sentence of the
    person's own); -1 when no reason lead follows a negation."""
    negations = word_set(ctx.dialogue, "reason_off_negations")
    for k, w in enumerate(folded):
        if w not in negations:
            continue
        for lead in reason_leads:
            if folded[k + 1 : k + 1 + len(lead)] == lead:
                return k + 1 + len(lead)
    return -1


def _own_sentence(words: list[str], folded: list[str], k: int, grammar) -> bool:
    """True when the person's own sentence begins at word k: "jeg" and its finite verb ("…
    siger det jeg vil synge …"), be it said after "det" (a relative "det jeg vil" reads so too,
    but after a reason turned down the person speaks of themselves)."""
    own = grammar.first_person_words & grammar.run_on_subjects
    return folded[k] in own and k + 1 < len(words) and finite_verb(words[k + 1], grammar)


def _parts(text: str, ctx: Ctx) -> list[str]:
    """The clauses and comma parts of an answer, in order."""
    return [p.strip() for c in clauses(text, ctx.dialogue) for p in c.split(",") if p.strip()]


def forget_offered(s) -> None:
    """Forget the reason another answer told and its question as a confirmation: the plain
    question's answer is the person's own reason."""
    for key in _TOLD:
        s.slots.pop(key, None)
    s.inferred = [i for i in s.inferred or () if i != "motivation"] or None
