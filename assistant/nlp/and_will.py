"""A second wish inside the wish's verb phrase, joined by "og" with its own "vil" ("skrive mine
julekort igen og vil træne håndskrift hver dag"): the goal's frame says "Jeg vil" once, so the
second verb phrase is a coordinated infinitive ("… igen og træne håndskrift hver dag")."""

from __future__ import annotations

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b

_EDGE = ",.;:!?"


def will_after_and(words: list[str], g: Grammar) -> list[str]:
    """The verb phrase with "og vil (gerne) <infinitive>" said as "og <infinitive>". Only in a
    phrase that opens with an infinitive, and only where the "vil" is the first word after "og"
    (no subject of its own: "og han vil …" is another person's wish); a direction said without
    its verb takes the motion verb ("og vil gerne derned" → "og komme derned"). A negated "og vil
    ikke …" and a "vil" with no verb after it ("og vil gerne i svømmehallen") stay as said."""
    if not words or not g.is_infinitive(words[0]) or _b(words[0]) in g.not_verbs:
        return words
    out = list(words)
    i = 1
    while i < len(out) - 2:
        if out[i - 1][-1:] in ".;:!?":
            break  # a new sentence
        if _b(out[i]) != g.and_word or out[i][-1:] in _EDGE or _b(out[i + 1]) not in g.want_forms:
            i += 1
            continue
        k = i + 2
        while k < len(out) and _b(out[k]) in g.wish_particles and out[k - 1][-1:] not in _EDGE:
            k += 1
        said = out[k] if k < len(out) else "."
        verb = g.is_infinitive(said) or _b(said) in g.spoken_infinitives  # "og vil ta bussen"
        motion = _b(said) in g.motion_adverbs and bool(g.motion_verb)  # "og vil gerne derned"
        if out[k - 1][-1:] in _EDGE or not (verb or motion) or _b(said) in g.not_verbs:
            i += 1
            continue
        out[i + 1 : k] = [] if verb else [g.motion_verb]
        i += 1
    return out
