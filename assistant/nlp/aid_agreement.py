"""An indefinite article, a definite adjective and a noun ("et bærbare ilt": the aid said "den
bærbare ilt", given the article of its name "et iltapparat") made to agree: the article by the
noun's gender, the adjective in its indefinite form ("en bærbar ilt", "et bærbart apparat")."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar

_DEFINITE_END = "e"  # "bærbare", "mobile": the adjective's definite (and plural) form


def articles_agreeing(words: list[str], g: Grammar) -> list[str]:
    """The words with each "en/et + definite adjective + noun" made to agree with the noun."""
    out = list(words)
    articles = {v: k for k, v in g.indefinite_articles.items()}
    for k in range(len(out) - 2):
        if out[k] not in articles or out[k + 1][-1:] in EDGE:
            continue
        said = _agreeing(out[k + 1], out[k + 2].rstrip(EDGE), g)
        if said:
            out[k], out[k + 1] = said
    return out


def _agreeing(adjective: str, noun: str, g: Grammar) -> tuple[str, str] | None:
    """(article, adjective) agreeing with the noun, for an adjective the lemma table gives in
    its definite form and a noun of known gender; None for anything else."""
    if not adjective.isalpha() or not adjective.islower() or g.noun_kind(adjective) is not None:
        return None
    plain = g.lemma_forms.get(adjective) or _indefinite(g).get(adjective)
    if not plain or plain == adjective or not adjective.endswith(_DEFINITE_END):
        return None  # "lille", "gamle" as said; no adjective of the table
    if plain.endswith(_DEFINITE_END) or not adjective.startswith(plain[:-1]):
        return None  # a verb's or another word's form, no adjective's definite
    kind = g.noun_kind(noun)
    if kind == "c":
        return g.indefinite_articles["c"], plain
    if kind == "n" and (neuter := g.bare_adjectives.get(plain)):
        return g.indefinite_articles["n"], neuter
    return None


def _indefinite(g: Grammar) -> dict[str, str]:
    """The grammar's definite adjectives turned round ("rigtige" → "rigtig")."""
    return {definite: plain for plain, definite in g.definite_adjectives.items()}
