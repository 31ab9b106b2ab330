"""A part of the goal's reason taken out on the summary, the rest kept.

"Nej, det med at tabe mig skal ikke stå der. Skriv kun det med min far." said of the reason
"Fordi jeg skal tabe mig, og fordi jeg vil gå den samme vej, som min far gik …": the words
after a topic lead ("det med at") up to a phrase of taking out ("skal ikke stå") name the
reason's clause that goes; after a lead of keeping ("kun det med") the clause that stays. The
reason is cut into its clauses where one opens with a join of `reason_part_joins` after a
comma ("…, og fordi …"). Nothing changes unless the words name one clause of the reason and
leave another: "det med rollatoren skal ikke stå der" is about the aid, and "min søn skal ikke
stå som hjælper" (a word of `reason_part_not_after` after the phrase) about the helpers.
"""

from __future__ import annotations

import re

from assistant.content.yesno import normalise
from assistant.dialogs.reply import Ctx, Reply
from assistant.dialogs.wordlists import word_set
from assistant.nlp.memo import once

_STEM = 4  # letters two words share to be one word told in two forms ("vægt", "vægten")
_SUMMARY = ("confirm", "change")


def reason_part_off(s, reply: Reply, step_kind: str, ctx: Ctx) -> bool:
    """Take out of the goal's reason the clause the summary's answer turns down, or keep only
    the one it names (see the module); the other slots stay as shown. True when it did."""
    if step_kind not in _SUMMARY or reply.card is not None:
        return False
    before = s.last_history()["slots"]
    key = "reason_said" if before.get("reason_said") else "motivation"  # the reason as told
    parts = _reason_parts(str(before.get(key) or ""), ctx)
    if len(parts) < 2:
        return False
    off, only = _topics(reply.text, ctx)
    if not off and not only:
        return False
    kept = [p for p in parts if not any(_names(t, p, ctx) for t in off)]
    named = [p for p in kept if any(_names(t, p, ctx) for t in only)]
    kept = named or kept
    if not kept or len(kept) == len(parts):
        return False
    s.slots = before  # the goal as shown, its reason shortened
    for other in ("reason_said", "motivation_card", "purpose_said"):
        s.slots.pop(other, None)
    s.slots[key] = s.slots["motivation"] = _joined(kept, parts, ctx)
    return True


def _reason_parts(reason: str, ctx: Ctx) -> list[str]:
    """The reason's clauses: its comma-parted pieces, a new one where a piece opens with a join
    of reason_part_joins ("…, og fordi jeg vil …"), the others added to the one before."""
    joins = _phrases(ctx, "reason_part_joins")
    parts: list[str] = []
    for piece in reason.split(","):
        said = normalise(piece).split()
        if parts and not any(said[: len(j)] == j for j in joins):
            parts[-1] = f"{parts[-1]},{piece}"
        elif said:
            parts.append(piece.strip())
    return parts


def _topics(text: str, ctx: Ctx) -> tuple[list[list[str]], list[list[str]]]:
    """The content words of each topic the answer takes out, and of each it keeps alone."""
    leads = _phrases(ctx, "reason_part_topic")
    offs = _phrases(ctx, "reason_part_off")
    onlys = _phrases(ctx, "reason_part_only")
    not_after = word_set(ctx.dialogue, "reason_part_not_after")
    off, only = [], []
    for clause in re.split(r"[.,!?;:]+", text):
        said = normalise(clause).split()
        at = _found(said, onlys)
        if at is not None:
            only.append(_content(said[at[1] :], ctx))
        at = _found(said, offs)
        if at is None or (at[1] < len(said) and said[at[1]] in not_after):
            continue
        lead = _found(said[: at[0]], leads)
        off.append(_content(said[lead[1] if lead else 0 : at[0]], ctx))
    return [t for t in off if t], [t for t in only if t]


def _found(said: list[str], phrases: list[list[str]]) -> tuple[int, int] | None:
    """Where the longest phrase first occurs in said: (start, end), or None."""
    for phrase in sorted(phrases, key=len, reverse=True):
        for k in range(len(said) - len(phrase) + 1):
            if said[k : k + len(phrase)] == phrase:
                return k, k + len(phrase)
    return None


def _content(words: list[str], ctx: Ctx) -> list[str]:
    """The words that are no function word, pronoun, no or correction lead."""
    small = once(ctx.dialogue, "reason_part_small", lambda _d: _small_words(ctx))
    return [w for w in words if w not in small]


def _small_words(ctx: Ctx) -> frozenset[str]:
    g = ctx.content.goals.grammar
    words = g.function_words | g.subject_pronouns | g.object_pronouns | g.reflexive_objects
    words |= g.possessive_words | g.modals | g.negations
    return frozenset(normalise(w) for w in words) | word_set(ctx.dialogue, "correction_leads")


def _names(topic: list[str], part: str, ctx: Ctx) -> bool:
    """True when every content word of the topic is in the reason's clause, maybe inflected."""
    said = normalise(part).split()
    return all(any(_same(t, w) for w in said) for t in topic)


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= _STEM and long.startswith(short)


def _joined(kept: list[str], parts: list[str], ctx: Ctx) -> str:
    """The kept clauses as one reason; one that was not first loses its join's "og" and opens
    the reason written as the first did ("og fordi jeg vil …" → "Fordi jeg vil …")."""
    first = kept[0]
    if first != parts[0]:
        words = first.split()
        skip = word_set(ctx.dialogue, "reason_part_dropped_joins")
        while len(words) > 1 and normalise(words[0]) in skip:
            words = words[1:]
        first = " ".join(words)
        first = first[:1].upper() + first[1:]
    text = ", ".join([first, *kept[1:]]).strip()
    return text if text.endswith((".", "!", "?")) else f"{text}."


def _phrases(ctx: Ctx, key: str) -> list[list[str]]:
    return [normalise(p).split() for p in ctx.dialogue.words.get(key, ())]
