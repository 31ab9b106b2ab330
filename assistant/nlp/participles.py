"""A present participle told from a noun that only ends like one ("bagende" of "bage", but
"kande", "pande" and "stegepande" are nouns)."""

from __future__ import annotations

from assistant.content.grammar import Grammar


def is_present_participle(word: str, g: Grammar) -> bool:
    """True for a present participle: a word ending in one of participle_endings that the lemma
    table gives as a form of another lemma ("sovende" → "sove", "stående" → "stå") or whose
    stem before the ending is a verb's lemma ("hentende": "hente"); a noun that merely ends so
    ("kande", "pande", "ende") is none."""
    if not word.endswith(g.participle_endings):
        return False
    lemma = g.lemma_forms.get(word)
    if lemma and lemma != word:
        return True
    for end in g.participle_endings:
        stem = word[: -len(end)] if word.endswith(end) else ""
        if len(stem) > 1 and stem in g.lemmas and g.has_participle(stem):
            return True
    return word not in g.lemmas and word not in g.noun_classes and g.noun_class(word) is None
