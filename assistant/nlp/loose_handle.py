"""A bare handle word told with no place nor putting up ("spille de tre sange med alle grebene",
"en hæklenål med et tykt håndtag af kork"): a part of a thing or a hand's grip, no grab rail.

A grab rail is a thing put up where one stands or rises: "et håndtag på væggen", "greb ved
toilettet" (rail_places, anywhere in the words), or "de har sat et greb op", "monteret håndtag",
"et håndtag at støtte mig til" (rail_mounts, near it). A handle said without either names no aid
the person could be given (independence.yaml)."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import Lexicon


def loose_handle(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for a bare handle word of aid_handles at `i` in words with no word of rail_places
    ("op fra toilettet på restauranter hvor der ikke er håndtag") and none of rail_mounts
    within rail_place_window words either side."""
    ind = lex.independence
    if words[i] not in ind.aid_handles or any(w in ind.rail_places for w in words):
        return False
    reach = ind.rail_place_window
    return not any(w in ind.rail_mounts for w in words[max(0, i - reach) : i + reach + 1])
