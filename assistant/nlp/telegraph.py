"""Telegraphic answers written as Danish: a thing and its quality typed as two fragments
("Skohorn. Langt.") become one noun phrase ("et langt skohorn"); a noun said bare after a verb at
a clause's end takes its article where Danish needs it ("gå tur" → "gå en tur")."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar, fold
from assistant.content.grammar import bare as _b

_STOPS = ".!?"


def _fragments(text: str) -> list[list[str]]:
    """The words of each fragment ended by a full stop ("Skohorn. Langt." → [[Skohorn],
    [Langt]])."""
    parts: list[list[str]] = [[]]
    for word in text.split():
        parts[-1].append(word.rstrip(EDGE))
        if word[-1:] in _STOPS:
            parts.append([])
    return [[w for w in p if w] for p in parts if any(p)]


def described_thing(text: str, g: Grammar) -> str | None:
    """A noun and an adjective typed as two one-word fragments ("Skohorn. Langt.", "rollator.
    ny"): the noun phrase with its indefinite article and the adjective before the noun, agreeing
    with its gender ("et langt skohorn", "en ny rollator"); None for any other answer."""
    parts = _fragments(text)
    if len(parts) == 1 and len(parts[0]) == 2:  # "rollator ny": no stop between, but said so
        parts = [[parts[0][0]], [parts[0][1]]]
    if len(parts) != 2 or any(len(p) != 1 for p in parts):
        return None
    noun, said = parts[0][0].lower(), parts[1][0].lower()
    article = g.indefinite_article(noun) if noun.isalpha() else None
    key = next((c for c, n in g.bare_adjectives.items() if fold(said) in (c, fold(n))), None)
    if not article or key is None:
        return None
    neuter_form = g.bare_adjectives[key]
    if article == g.indefinite_articles.get("n"):
        return f"{article} {neuter_form} {noun}"
    # the common form: the neuter form less its "t", written with its æøå ("Taburet. Hoej." →
    # "en høj taburet", "Stok. Langt." → "en lang stok"), else as said ("lille", "kort")
    common = neuter_form.removesuffix("t")
    common = common if fold(common) == key else said
    return f"{article} {common} {noun}" if fold(common) == key else None


def articles_at_clause_end(words: list[str], g: Grammar) -> list[str]:
    """A noun of article_after_verb said bare right after an infinitive at its clause's end
    takes its indefinite article ("så jeg kan gå tur." → "gå en tur."); "gå tur med hunden"
    says whose walk and stays as said."""
    out = list(words)
    for i in range(len(out) - 1, 0, -1):
        noun, verb = out[i], out[i - 1]
        article = g.article_after_verb.get(_b(noun))
        ends = i == len(out) - 1 or noun[-1:] in EDGE
        infinitive = g.is_bare_infinitive(verb) or _b(verb) in g.short_infinitives  # "gaa"
        if article and ends and verb[-1:] not in EDGE and infinitive:
            out.insert(i, article)
    return out
