"""A wish corrected inside its own phrase with "nej" ("støvsuge hele huset nej altså bare stuen",
"gå til bageren øh nej til brugsen", "gå til Netto nej Rema igen"): the goal says what the
speaker settled on ("støvsuge stuen", "gå til brugsen", "gå til Rema igen").

The words after "nej" (fillers and "bare" passed) replace the same part of the phrase before
it: a way said again from its preposition or direction ("nej ned til stranden") from where the
phrase said that word; a thing or a name ("nej stuen", "nej Rema") the object after the verb
and its particles. A new verb phrase ("nej cykle derhen") replaces it all. "nej ikke …", "nej
jeg mener …" and a "nej" with a clause after it ("nej det er for langt") are left as said.
"""

from __future__ import annotations

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b

_EDGE = ",.;:!?"


def corrected_wish(action: str | None, g: Grammar) -> str | None:
    """The wish's phrase with a "nej" correction inside it settled (see the module)."""
    words = (action or "").split()
    if len(words) < 4 or not g.is_infinitive(words[0]):
        return action
    skip = g.spoken_fillers | g.fillers | g.narrowing_words
    k = next(
        (i for i in range(2, len(words) - 1)
         if _b(words[i]) in g.wish_correction_noes and words[i - 1][-1:] not in ".;:!?"),
        None,
    )  # fmt: skip
    if k is None:
        return action
    before = list(words[:k])
    while len(before) > 1 and (_b(before[-1]) in skip or not _b(before[-1])):
        before.pop()  # "… bageren øh nej": the filler before the "nej"
    j = k + 1
    while j < len(words) and _b(words[j]) in skip:
        j += 1
    later = words[j:]
    if not later or len(before) < 2:
        return action
    first = _b(later[0])
    if _verb(later[0], g) and g.is_infinitive(before[0]):
        return " ".join(later)  # "gå på trapper nej cykle": a new verb phrase
    ways = g.way_prepositions | g.motion_adverbs
    if first in ways:
        p = next((i for i in range(len(before) - 1, 0, -1) if _b(before[i]) == first), None)
        return action if p is None else " ".join([*before[:p], *later])
    if not _thing(later[0], g):
        return action  # "nej ikke …", "nej det er for langt": no part said again
    o = 1
    while o < len(before) - 1 and _b(before[o]) in ways | g.sign_particles:
        o += 1  # "gå til Netto": the object after "til"
    return " ".join([*before[:o], *later])


def _verb(word: str, g: Grammar) -> bool:
    """True for an infinitive that names no thing ("cykle", not "morgenmad")."""
    b = _b(word)
    return (
        g.is_infinitive(word)
        and g.noun_kind(word) is None
        and not g.is_noun_form(word)
        and b not in g.not_verbs | g.function_words
    )


def _thing(word: str, g: Grammar) -> bool:
    """True for the start of a thing said again: an article, a possessive, a noun or a name;
    not a negation, a pronoun, an amount or a verb ("nej ikke …", "nej det er …", "nej to")."""
    b = _b(word)
    if b in g.articles | g.possessive_words:
        return b not in g.pronoun_objects
    if not b.isalpha() or b in g.negations | g.subject_pronouns | g.pronoun_objects:
        return False
    if b in g.function_words | g.amount_words | g.fillers:
        return False
    return g.noun_kind(word) is not None or g.is_noun_form(word) or not g.is_infinitive(word)
