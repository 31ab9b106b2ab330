"""The destination said after a distance in a measure answer: it belongs to the goal.

"der er en 300 meter ned til stoppestedet og så bussen derud": the 300 meter are the way down to
the stop; "det er en tyve meter ud til containeren ved vejen. frem og tilbage": out to the
container. The goal says the distance with its destination ("300 meter ned til stoppestedet"),
not a bare "300 meter" that could be anywhere.
"""

from __future__ import annotations

import re

from assistant.content.grammar import Grammar, fold
from assistant.nlp import quantities

_TOKEN = re.compile(r"\w+|[^\w\s]")


def measure_way(text: str, lex, g: Grammar) -> str:
    """The words of the way said right after the one distance of `text` ("ned til
    stoppestedet"), as said; empty when there is none, or more than one distance."""
    said = _TOKEN.findall(text)
    words = [w.lower() for w in said]
    found = []
    for m in quantities.find_measures(words, lex):
        kind = g.kind_of_unit(m.value.unit)
        if kind is not None and kind.way_leads:
            found.append((m, kind))
    if len(found) != 1:
        return ""
    m, kind = found[0]
    k = m.end
    if k >= len(words) or fold(words[k]) not in kind.way_leads:
        return ""
    way: list[int] = []
    while k < len(words) and len(way) < kind.way_max:
        w = words[k]
        if not w.isalnum() or (way and fold(w) in kind.way_ends):
            break
        way.append(k)
        k += 1
    while way and (fold(words[way[-1]]) in kind.way_places | kind.way_leads):
        way.pop()  # "ud til" with no place after it
    places = [j for j in way if fold(words[j]) in kind.way_places]
    if not places or places[0] == way[-1]:
        return ""  # "frem og tilbage", "ned ad": a way with no place named
    return " ".join(said[j] for j in way)
