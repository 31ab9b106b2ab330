"""A bare noun pointed at: a second-language noun said without its ending after a preposition
and before a pointing adverb of place is the one there, written definite ("læse avis på computer
der" → "på computeren der", "sidde i stue her hver dag" → "i stuen her"). A "der" that opens a
relative clause ("på computer der virker") or a noun after an article stays as said."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def pointed_nouns_written(words: list[str], g: Grammar, bare_noun) -> list[str]:
    """The words with each bare count noun between a preposition of pointed_noun_after and a
    word of pointed_noun_adverbs that ends its phrase in its definite form."""
    if not g.pointed_noun_adverbs:
        return words
    out = list(words)
    for i in range(1, len(out) - 1):
        prep, noun, there = out[i - 1], out[i], out[i + 1]
        if _b(prep) not in g.pointed_noun_after or prep[-1:] in EDGE or noun[-1:] in EDGE:
            continue
        if _b(there) not in g.pointed_noun_adverbs or not _ends_phrase(out, i + 1, g):
            continue
        if not bare_noun(noun, g) or not (g.noun_class(noun) or "").endswith("+"):
            continue  # a count noun only: "på arbejde der" is no "arbejdet"
        definite = g.definite_singular(noun)
        if definite:
            out[i] = definite
    return out


def _ends_phrase(words: list[str], k: int, g: Grammar) -> bool:
    """True when the adverb at k ends its phrase: a mark or the end after it, or a word that
    closes a phrase ("hver torsdag", "og"); a verb after "der" makes it a relative."""
    if words[k][-1:] in EDGE or k + 1 == len(words):
        return True
    return _b(words[k + 1]) in g.noun_phrase_closers | g.main_joins | g.subordinators
