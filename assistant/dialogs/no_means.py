"""A no to every means at the question of how ("Nej, jeg skal ikke have noget hjælpemiddel, jeg
skal bare have luften tilbage", "nej ingen hjælpemidler", "nej tak ingen hjælp, jeg kan selv"):
a clear answer, done alone, no aid of the goal, not asked again. When the answer goes on to a
thing or a way instead ("ikke noget hjælpemiddel, men en god stol") that part is the answer; an
aid the answer keeps ("ingen rollator, jeg går med stokken") is no such no."""

from __future__ import annotations

from dataclasses import replace

from assistant.content.yesno import normalise
from assistant.dialogs.reply import Ctx, Reply
from assistant.dialogs.wordlists import word_set

#: Words from the negation to the help word ("ikke brug for nogen hjælp").
_REACH = 4


def means_refused(r: Reply, ctx: Ctx) -> bool:
    """True when the answer turns down every aid it names, or help or aids as such."""
    if r.card is not None or r.facts is None:
        return False
    unused = set((r.facts.extras or {}).get("aids_not_used") or ())
    words = _words(r)
    refused = _help_refused(words, ctx)
    if refused:  # "hun skal ikke have nogen hjælpemidler": the word for aids as such
        unused |= {
            a for a in r.facts.aids if normalise(a) in word_set(ctx.dialogue, "no_means_words")
        }
    if r.facts.aids and not set(r.facts.aids) <= unused:
        return False  # "nej ingen rollator, jeg går med stokken": the stick is the means
    if _thing_with(words, ctx):
        return False  # "Med en luplampe … Nej, ikke den vægtmanchet": a thing it keeps
    return bool(r.facts.aids) or refused


def kept_out(s, r: Reply) -> None:
    """The aids a no to every means names are kept as told, none of the goal's."""
    story = s.slots.get("story_aids") or []
    s.slots["story_aids"] = [*story, *(a for a in r.facts.aids if a not in story)]


def instead_part(r: Reply, ctx: Ctx) -> Reply | None:
    """The words after a "men" that opens a thing or a way after the no ("…, men en god stol",
    "men med min gamle stok"), read without the aids turned down; None when there are none."""
    buts = word_set(ctx.dialogue, "instead_after_negation")
    openers = word_set(ctx.dialogue, "no_means_instead_openers")
    words = str((r.facts.extras or {}).get("spelled") or r.text).split()
    for k in range(len(words) - 1):
        if normalise(words[k]) in buts and normalise(words[k + 1]) in openers:
            unused = set((r.facts.extras or {}).get("aids_not_used") or ())
            aids = tuple(a for a in r.facts.aids if a not in unused)
            facts = replace(r.facts, aids=aids, independence=None)
            rest = " ".join(words[k + 1 :])
            return replace(
                r, text=rest, facts=replace(facts, extras={**facts.extras, "spelled": rest})
            )
    return None


def _thing_with(words: list[str], ctx: Ctx) -> bool:
    """True when the answer says a thing after "med" ("med en luplampe", "med min stok")."""
    withs = word_set(ctx.dialogue, "with_after_self")
    openers = word_set(ctx.dialogue, "no_means_instead_openers") - withs
    return any(
        w in withs and words[k + 1 : k + 2] and words[k + 1] in openers for k, w in enumerate(words)
    )


def _words(r: Reply) -> list[str]:
    return normalise(str((r.facts.extras or {}).get("spelled") or r.text)).split()


def _help_refused(words: list[str], ctx: Ctx) -> bool:
    """True for help or aids as such turned down ("ingen hjælp", "ikke brug for nogen")."""
    negations = word_set(ctx.dialogue, "no_means_negations")
    helps = word_set(ctx.dialogue, "no_means_words")
    between = word_set(ctx.dialogue, "no_means_between")
    for k, word in enumerate(words):
        if word not in negations:
            continue
        for w in words[k + 1 : k + 1 + _REACH]:
            if w in helps:
                return True
            if w not in between:
                break
    return False
