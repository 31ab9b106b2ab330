"""A wish that says where with a word pointing back ("stå med min bod derude", "sidde derhenne og
spille kort") gets the place the answer named before it: "jeg har haft en bod på loppemarkedet i
hallen … det vil jeg gerne igen stå med min bod derude" wishes "stå med min bod på
loppemarkedet i hallen".

The place is the first noun before the pointing word said after the preposition the grammar
gives it (place_prepositions: "på loppemarkedet"), with one more such place right after it ("i
hallen"); a place where a thing stands or someone lives ("cyklen står nede i haven", "jeg bor
på plejehjemmet") is none. A phrase that names a place of its own, or an answer naming none
before the word, keeps its phrase.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar
from assistant.nlp.event_place import kept_there

_MAX_PLACES = 2  # "på loppemarkedet i hallen"


def there_place(
    action: str | None, words: Sequence[str], said: Sequence[str], lex, g: Grammar
) -> str | None:
    """The wish's phrase with its pointing word of where said as the place (see the module)."""
    if not action:
        return action
    tokens = action.split()
    there = lex.action.fragment_there_at
    at = next((k for k, t in enumerate(tokens) if t.lower() in there), None)
    if at is None or any(g.place_preposition(t.lower()) for t in tokens):
        return action
    back = next((k for k, w in enumerate(words) if w == tokens[at].lower()), len(words))
    place = _told_place(words[:back], said, lex, g)
    return " ".join([*tokens[:at], *place, *tokens[at + 1 :]]) if place else action


def _told_place(words: Sequence[str], said: Sequence[str], lex, g: Grammar) -> list[str]:
    """The first place the words say with its preposition, and the next one said right after
    it ("på loppemarkedet i hallen"), as said; empty when they say none."""
    for k in range(len(words) - 1):
        if not _place_at(words, k, g) or kept_there(words, k + 1, lex):
            continue
        end = k + 2
        while end + 1 < len(words) and end - k < 2 * _MAX_PLACES and _place_at(words, end, g):
            end += 2
        return list(said[k:end])
    return []


def _place_at(words: Sequence[str], k: int, g: Grammar) -> bool:
    """True when words[k] is the preposition the place after it takes ("i hallen")."""
    place = words[k + 1]
    return place.isalpha() and g.place_preposition(place) == words[k]
