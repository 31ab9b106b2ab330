"""The indefinite plural of a count noun in -el that drops its "e" ("vaffel" → "vafler", "gaffel"
→ "gafler", "skammel" → "skamler"), read back to its singular by the noun table's syncope class
(nlp/nouns.json "~en+", "~~en+") when the lemma table lacks the plural: "vafler. bage." says a
thing baked. The plural shares the definite singular's stem ("vaflen"), so a word in -er is such a
plural when a singular made of its stem with the "e" (and a doubled consonant) put back has that
definite form.
"""

from __future__ import annotations

from assistant.content.grammar import SYNCOPE, Grammar

_DEFINITE = "en"  # "vaflen": the stem + "en"
_E = "e"
_STEM_MIN = 3  # letters of the stem at least ("vafl"; no "ler")


def syncope_singular(word: str, g: Grammar) -> str | None:
    """The singular of a count noun's syncope plural ("vafler" → "vaffel"), else None."""
    w = word.lower()
    plural = max(g.plural_endings, key=len, default="")  # "vafler": the stem "vafl" + "er"
    if not plural or not w.isalpha() or not w.endswith(plural) or len(w) - len(plural) < _STEM_MIN:
        return None
    stem = w[: -len(plural)]
    for single in (stem[:-1] + _E + stem[-1], stem[:-1] + stem[-2] + _E + stem[-1]):
        ending = g.noun_class(single)
        if not ending or not ending.startswith(SYNCOPE) or not ending.endswith("+"):
            continue
        if g.definite_singular(single) == stem + _DEFINITE:
            return single
    return None
