"""An aid said as a load put in a car's boot, no means of the citizen (pure).

"jeg kan ikke løfte en rollator op i bagagerummet", "hjælpe folk ind og ud af bilen og få
rollatoren i bagagerummet", "en rampe så rollatoren kan rulle op i bagagerummet": a volunteer
driver's passengers' rollator is lifted, not used. A verb of aids.yaml `load_verbs` in the aid's
clause and, a few words after the aid, one of `load_ways` before a `load_places` word make it a
load; "min rollator" and "med rollatoren" (`load_not_after` right before it, a word of
`load_articles` between) stay the citizen's.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import Lexicon

#: Words before the aid a load verb may stand ("løfte en stor rollator").
VERB_BEFORE = 3
#: Words after the aid its place may stand ("rollatoren kan rulle op i bagagerummet").
PLACE_AFTER = 5


def said_as_load(words: Sequence[str], i: int, lex: Lexicon) -> str | None:
    """The place the aid at `i` is put in as a load ("bagagerummet"), or None."""
    k = i - 1
    while k >= 0 and words[k] in lex.load_articles:
        k -= 1
    if k >= 0 and words[k] in lex.load_not_after:
        return None
    place = _place_after(words, i, lex)
    if place is None:
        return None
    start = i
    while start > 0 and i - start < VERB_BEFORE and words[start - 1] not in lex.owner_edges:
        start -= 1
    return words[place] if any(w in lex.load_verbs for w in words[start:place]) else None


def _place_after(words: Sequence[str], i: int, lex: Lexicon) -> int | None:
    """The index of a load place said after one of load_ways in the aid's clause, or None."""
    for j in range(i + 2, min(len(words), i + 2 + PLACE_AFTER)):
        if words[j - 1] in lex.owner_edges:
            return None
        if words[j] in lex.load_places and words[j - 1] in lex.load_ways:
            return j
    return None
