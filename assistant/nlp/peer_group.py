"""A relative who is the citizen's peer (a friend, a neighbour) speaks of a group the citizen is
one of: their "vi"/"os"/"vores" is the friends, not a household. In the citizen's goal it is
"veninderne" (relative_peers), where a family member's is "familien" (relative_household):
a friend's "spille canasta med os igen" is "… med veninderne igen", her "uden at vi skal
hjælpe hende" is "uden at veninderne skal hjælpe mig"."""

from __future__ import annotations

from assistant.content.grammar import Grammar, genitive
from assistant.content.grammar import bare as _b


def peers_said(g: Grammar, speaker_as: str | None) -> str | None:
    """The relative's group as the citizen says it ("veninderne") when the relative is a peer
    by their role ("min veninde"); None for family or an unknown role."""
    if not speaker_as or not speaker_as.split():
        return None
    return g.relative_peers.get(_b(speaker_as.split()[-1]))


def household_words(g: Grammar, speaker_as: str | None) -> dict[str, str]:
    """What a relative's "vi"/"os"/"vores" is in the citizen's goal: their peers ("veninderne",
    "venindernes") for a friend or neighbour, else relative_household."""
    peers = peers_said(g, speaker_as)
    if not peers:
        return g.relative_household
    said = peers.split()
    owned = " ".join([*said[:-1], genitive(said[-1])])
    return {word: owned if word in g.possessive_words else peers for word in g.relative_household}
