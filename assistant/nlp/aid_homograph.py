"""An aid's form that is also a verb's present ("skinner": splints, or "solen skinner") names
the aid only where a noun stands: right after a word of homograph_noun_leads ("har fået
skinner til fingrene", "med skinner på") or opening a part of a list ("skinner til fingrene,
bakke med filt"); after anything else ("når solen skinner") it is the verb."""

from __future__ import annotations

from collections.abc import Sequence


def verb_homograph(words: Sequence[str], i: int, lex) -> bool:
    """True when words[i] is a form of homograph_aids said where the verb stands."""
    if words[i] not in lex.homograph_aids:
        return False
    if i == 0:
        return False
    before = words[i - 1]
    return before not in lex.homograph_noun_leads and before not in lex.sentence_ends | {","}
