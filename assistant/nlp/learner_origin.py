"""A second-language place phrase with a bare adjective of origin ("til fest i syrisk forening")
written with the noun's definite article and the adjective's definite form: "i den syriske
forening". Only after a place preposition (the grammar's definite_after) and before a bare
singular count noun; "læse arabisk avis", "spise syrisk mad" and "i den syriske forening" stay.
"""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def origin_places_written(words: list[str], g: Grammar) -> list[str]:
    """The words with "i syrisk forening" written "i den syriske forening" (see the module)."""
    if not g.origin_adjectives or not g.definite_articles:
        return words
    out = list(words)
    for i in range(len(out) - 2, 0, -1):
        before, adjective, noun = out[i - 1], out[i], out[i + 1]
        written = g.origin_adjectives.get(_b(adjective))
        if written is None or adjective[-1:] in EDGE or not adjective.islower():
            continue
        if before[-1:] in EDGE or _b(before) not in g.definite_after:
            continue
        core = noun.rstrip(EDGE).lower()
        if not core.isalpha() or g.lemma_forms.get(core, core) != core:
            continue  # "i syriske foreninger": no bare singular
        article = g.definite_article(core)
        if article is None:
            continue
        out[i : i + 1] = [article, written]
    return out
