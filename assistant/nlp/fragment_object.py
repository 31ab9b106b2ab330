"""The one thing a deed said in fragments is done to is written definite when it is a surface of
the home or a part of the body said bare (grammar.definite_after_on, a compound by its last part):
"fortov. feje." is "feje fortovet", "køkkengulv. vaske." "vaske køkkengulvet", as one writes of
one's own pavement or floor. Any other noun stays as said ("computer. bruge": "bruge computer",
"rugbrød. bage": "bage rugbrød").
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.content.grammar import Grammar

#: Letters a compound's first part has at least ("køkken|gulv").
_HEAD = 3


def definite_object(word: str, said: str, g: Grammar, definite: Callable[[str], str | None]) -> str:
    """The object as written (see the module): `said` made definite, or as said."""
    if not said.isalpha() or not said.islower():
        return said  # "Fortov" typed with a capital, or "min seng": as said
    own = {w for nouns in g.definite_after_on.values() for w in nouns}
    if not any(word == w or (word.endswith(w) and len(word) - len(w) >= _HEAD) for w in own):
        return said
    return definite(word) or g.definite_of(word) or said
