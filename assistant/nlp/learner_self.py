"""A "selv" said by a second language after a verb and its particle at the end of a deed ("…
og plukke svampe og komme op selv, uden at falde"): written before the verb, as Danish says whose
doing it is ("og selv komme op"). Only a deed of a verb and one way particle ("op", "hjem",
"ud") that opens an item of the sign (its first words, or after "og" or a comma); "klare mig
selv" (a reflexive before it) and "selv komme op" stay."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def self_before_deed(words: list[str], g: Grammar) -> list[str]:
    """The words with a "selv" that ends a deed of a verb and its particle put before the verb."""
    out = list(words)
    for k in range(len(out) - 1, 1, -1):
        core = out[k].rstrip(EDGE)
        if _b(core) not in g.once_in_wish or not core.islower():
            continue
        verb, particle = out[k - 2], out[k - 1]
        if verb[-1:] in EDGE or particle[-1:] in EDGE or _b(particle) not in g.motion_adverbs:
            continue
        if not g.is_infinitive(verb):
            continue
        opens = k == 2 or out[k - 3][-1:] == "," or _b(out[k - 3]) in g.main_joins
        ends = out[k] != core or k + 1 == len(out) or _b(out[k + 1]) in g.main_joins
        if opens and ends:
            mark = out[k][len(core) :]
            out[k - 2 : k + 1] = [core, verb, particle + mark]
    return out
