"""A first name typed as a fragment of its own in a lower-case fragment answer ("gravsted.
Aksel. passe. selv.") is a name, never the thing a verb said alone takes (not the axle
"aksel")."""

from __future__ import annotations

from collections.abc import Callable, Sequence


def said_name(
    words: Sequence[str],
    said: Sequence[str],
    parts: Sequence[tuple[int, int]],
    person: Callable[[str], bool],
) -> Callable[[int], bool]:
    """A test of word k: True for a word said with a capital and lower case after it that is
    a known first name, or that is no answer's first word where some part opens in lower case
    (the writer's capitals are the names'); "Skohorn. Langt." capitalises every part."""
    lower_parts = any(said[s][:1].islower() for s, _e in parts if s < len(said))

    def is_name(k: int) -> bool:
        w = said[k]
        if not (w[:1].isupper() and w[1:].islower()):
            return False
        return person(words[k]) or (k > 0 and lower_parts)

    return is_name
