"""A compound typed with the stop that ends its first part written for its voiced or voiceless
partner ("teleskobskaft": teleskopskaft): the sounds are alike at a syllable's end, a common
slip. Read by the speller (spelling.Speller.word) for an unknown word; the tables are the
speller's."""

from __future__ import annotations

_MIN_HEAD = 4  # fewest letters of the first part ("teleskob")
_MIN_TAIL = 5  # … and of the known last part ("skaft"; "rend|ende" is no "rent|ende")
_LINKS = "es"  # a linking letter between the parts ("teleskops|kaft" is no split)


def voiced_head(sp, lower: str) -> str | None:
    """The one compound an unknown word is with the last letter of its first part swapped for
    its partner of voiced_pairs (b/p, d/t, g/k) when that makes the first part a known word and
    the rest is one ("teleskobskaft" → "teleskopskaft"); None otherwise, also for two such
    compounds and for a compound of two known words."""
    if not lower.isalpha() or len(lower) < _MIN_HEAD + _MIN_TAIL:
        return None
    if sp.compound_of_words(lower):
        return None  # "artenskole": two known words, a word of its own
    found = set()
    for k in range(_MIN_HEAD, len(lower) - _MIN_TAIL + 1):
        head, tail = lower[:k], lower[k:]
        if not sp._known_part(tail) or sp._known_part(head):
            continue
        core, link = (head[:-1], head[-1]) if head[-1] in _LINKS else (head, "")
        other = sp.voiced_pairs.get(core[-1:])
        swapped = core[:-1] + other if other else ""
        if len(swapped) >= _MIN_HEAD and sp._known_part(swapped):
            found.add(swapped + link + tail)
    return found.pop() if len(found) == 1 else None
