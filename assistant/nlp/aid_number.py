"""An aid said as one ("en vaegtmanchet til håndleddet", "med vægtmanchetten"): the goal names
it in the number said, not in the plural its goal phrase gives ("vægtmanchetter").

Every mention of the aid must be its own name in the singular, bare or definite; an aid said in
the plural anywhere ("vægtmanchetterne"), or only as a compound's last part, keeps its phrase.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar


def aids_said_one(words: Sequence[str], aids: Sequence[tuple[str, int]], g: Grammar) -> list[str]:
    """The aids said only in the singular of their own name, sorted."""
    one: dict[str, bool] = {}
    for aid, i in aids:
        singular = words[i] == aid or words[i] == g.definite_singular(aid)
        one[aid] = one.get(aid, True) and singular
    return sorted(a for a, said_one in one.items() if said_one)
