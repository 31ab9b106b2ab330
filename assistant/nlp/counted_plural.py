"""A measure or container noun before a plural ("en hel kasse knive", "en pose kartofler", "en
bunke aviser", "en spand æbler"): a quantity of the plural, never one compound ("kasseknive").
The measure nouns are the speller's run_measures (nlp/spelling.yaml); the plural is an
inflected form of a noun of the noun table that is no definite singular ("kniven")."""

from __future__ import annotations


def counted_plural(sp, a: str, b: str) -> bool:
    """True when `a` is a measure noun and `b` a noun's plural it counts ("kasse" + "knive")."""
    if a not in sp.run_measures or not b.isalpha():
        return False
    lemma = sp.lemma_of.get(b, b)
    if lemma == b or lemma not in sp.nouns:
        return False  # a bare singular ("en pose holder") or no noun's form
    if (sp.nouns.get(b) or "").startswith(("en", "et")):
        return False  # "en kop holder": a singular noun of its own ("holderen")
    plural = sp.plural_definite
    singular = [e for e in sp.definite_endings if e != plural]
    return b.endswith(plural) or not b.endswith(tuple(singular))
