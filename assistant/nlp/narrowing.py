"""A wish narrowed down after a filler: "gøre rent igen altså bare det lette" keeps its "bare".

The citizen's own specification of the wish ("støvsuge igen altså bare stuen og køkkenet") says
how much of it they want; it is no spoken filler and no second try at the wish (a self-repair
starts with a verb of its own). It stays in the goal, set off by a comma, and examples said
after "sådan" of it ("… det lette sådan støve af og vaske op") after a colon.
"""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar, bare
from assistant.nlp.signs import definite_plural


def spoken_narrowing(words: list[str], g: Grammar) -> list[str]:
    """The phrase with a narrowing said after a filler set off by a comma ("gøre rent igen
    altså bare det lette" → "gøre rent igen, bare det lette"), its examples after a colon
    ("…, bare det lette: støve af og vaske op"); the words unchanged when there is none."""
    for k in range(2, len(words) - 1):
        if bare(words[k]) not in g.narrowing_words or bare(words[k - 1]) not in g.narrowing_leads:
            continue
        before, rest = words[k - 2], words[k + 1 :]
        if (
            before[-1:] in EDGE
            or words[k - 1][-1:] in EDGE
            or bare(before) in g.narrowing_not_after
        ):
            continue  # "… huset nej altså bare stuen": a correction, no narrowing
        if _verb_first(rest, g):
            continue  # "… altså bare gå en tur": the wish said again, no narrowing
        head = [*words[: k - 2], before + ","]
        return [*head, words[k], *_examples(rest, g)]
    return words


def narrowed_at(words: list[str], k: int, g: Grammar) -> bool:
    """True for the narrowing word of a narrowing set off by spoken_narrowing (", bare"): it
    is kept where a filler "bare" goes."""
    return bool(k) and bare(words[k]) in g.narrowing_words and words[k - 1].endswith(",")


def _verb_first(rest: list[str], g: Grammar) -> bool:
    """True when the words after the narrowing open with a verb (fillers skipped)."""
    said = [w for w in rest if bare(w) not in g.spoken_fillers]
    return not said or _verb(said[0], g)


def _verb(word: str, g: Grammar) -> bool:
    """True for an infinitive that is no noun's form ("kopperne", "tallerkener")."""
    if g.noun_kind(word) is not None or g.is_noun_form(word) or definite_plural(word):
        return False
    return g.is_infinitive(word)


def _examples(rest: list[str], g: Grammar) -> list[str]:
    """The narrowed words with "sådan" before the examples of them made a colon ("det lette
    sådan støve af" → "det lette: støve af", "de små ting sådan mælk og brød" → "de små ting:
    mælk og brød"); "sådan nogle …" is spoken_examples'."""
    for i in range(1, len(rest) - 1):
        nxt = bare(rest[i + 1])
        if (
            bare(rest[i]) in g.spoken_pointers
            and rest[i - 1][-1:] not in EDGE
            and nxt not in g.spoken_pointers[bare(rest[i])]
            and nxt not in g.function_words
        ):
            return [*rest[: i - 1], rest[i - 1] + ":", *rest[i + 1 :]]
    return rest
