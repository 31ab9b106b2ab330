"""A wish that names a thing the story placed takes the place along: "… var jeg med i
bogklubben på biblioteket, vi er otte damer … Jeg vil gerne komme med i bogklubben igen" wishes
"komme med i bogklubben på biblioteket igen".

The thing is a word of the wish's phrase (at least _MIN_THING letters, or _MIN_OWNED after an
owner: "min bod"; no person) that the words
before its last mention said right before a place with its own preposition (the grammar's
place_prepositions: "på biblioteket", "i hallen"); that place, not named in the phrase already,
goes in after the thing. A thing told at two places, or at none, leaves the phrase as said, and
so does a phrase with a word pointing back at a place ("derude"): there_place names that place.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar

_MIN_THING = 5  # letters of a thing word ("bogklubben"), no "den" or "det"
_MIN_OWNED = 3  # letters of a thing word said after an owner ("min bod")
_MIN_HEAD = 4  # letters of a word of the wish that may be a told place's head ("koret")
_MARKS = ",.;:!?"


def story_place(
    action: str | None, words: Sequence[str], said: Sequence[str], lex, g: Grammar
) -> str | None:
    """The wish's phrase with the place the story told its thing at (see the module)."""
    if not action:
        return action
    tokens = action.split()
    if any(t.lower() in lex.action.fragment_there_at for t in tokens):
        return action  # "stå med min bod derude": there_place says where the word points
    for n, token in enumerate(tokens):
        thing = token.strip(_MARKS).lower()
        # a short word is a thing only when owned ("stå ved min bod igen")
        owned = n > 0 and tokens[n - 1].lower() in lex.owners and len(thing) >= _MIN_OWNED
        if (len(thing) < _MIN_THING and not owned) or thing in lex.people or token[-1:] in _MARKS:
            continue
        places = _places_told(thing, words, said, g)
        if len(places) != 1:
            continue
        place = next(iter(places))
        noun = place.split()[-1].lower()
        heads = tuple(t for t in (t.strip(_MARKS).lower() for t in tokens) if len(t) >= _MIN_HEAD)
        if noun in {t.strip(_MARKS).lower() for t in tokens} or noun.endswith(heads):
            # "… i bogklubben på biblioteket": the place is said already; "danse folkedans med
            # foreningen": "i folkedanserforeningen" is that association, its head said
            return action
        return " ".join([*tokens[: n + 1], place, *tokens[n + 1 :]])
    return action


def _places_told(thing: str, words: Sequence[str], said: Sequence[str], g: Grammar) -> set[str]:
    """The places ("på biblioteket") said right after `thing` before its last mention."""
    at = [k for k, w in enumerate(words) if w == thing]
    out: set[str] = set()
    for k in at[:-1]:
        if k + 2 >= len(words):
            continue
        lead, place = words[k + 1], words[k + 2]
        if place.isalpha() and g.place_preposition(place) == lead:
            out.add(f"{said[k + 1]} {said[k + 2]}")
    return out
