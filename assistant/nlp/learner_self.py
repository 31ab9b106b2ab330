"""A "selv" said by a second language after a verb and its particle at the end of a deed ("…
og plukke svampe og komme op selv, uden at falde"): written before the verb, as Danish says whose
doing it is ("og selv komme op"). Only a deed of a verb and one way particle ("op", "hjem",
"ud") that opens an item of the sign (its first words, or after "og" or a comma); so too a
"selv" said between a verb and its object ("passe selv mit bed": "selv passe mit bed"); "klare
mig selv" (a reflexive before it) and "selv komme op" stay."""

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
    return _self_before_object(out, g)


def _self_before_object(words: list[str], g: Grammar) -> list[str]:
    """A "selv" between an infinitive that opens an item of the sign and its object with a
    possessive or an article ("passe selv mit bed", "og tage selv en tallerken"): before the
    verb ("selv passe mit bed")."""
    out = list(words)
    openers = g.possessive_words | g.articles
    for k in range(1, len(out) - 1):
        core, verb = out[k], out[k - 1]
        if _b(core) not in g.once_in_wish or not core.islower() or verb[-1:] in EDGE:
            continue
        if _b(out[k + 1]) not in openers or not g.is_infinitive(verb):
            continue
        if k == 1 or out[k - 2][-1:] == "," or _b(out[k - 2]) in g.main_joins:
            out[k - 1 : k + 1] = [core, verb]
    return out
