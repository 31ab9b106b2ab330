"""A measure the wish points back to ("kan ikke komme op ad en snes trin … vil gerne kunne
klare dem i et stræk"): the amount told in the trouble is what the wish is to manage."""

from __future__ import annotations

from collections.abc import Sequence


def pointed_measure(words: Sequence[str], wished: Sequence[int], told: list, lex) -> list:
    """The last measure of things counted (units.yaml pointed_units) told before the wish, when
    the wish's own words point back to them with a plural pronoun (units.yaml measure_pointers:
    "klare dem", "gå dem"); else none. `told` are the measures the trouble's story held."""
    if not wished or not any(words[k] in lex.measure_pointers for k in wished):
        return []
    counted = [
        m
        for m in told
        if m.end <= wished[0] and m.value.unit in lex.pointed_units and m.value.value >= 2
    ]
    return counted[-1:]
