"""Nouns whose plural is the same word ("kort", "tal", "sår"; grammar `unchanged_plurals`): a
possessive said before one keeps the number it says ("mine julekort"), and one said as the
citizen's own agrees with the noun's gender by its definite ending ("min sår" → "mit sår"),
though the lemma table gives that form to a verb too ("sår": "så")."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar, fold


def same_in_plural(noun: str, grammar: Grammar) -> bool:
    """True for a noun whose plural is the same word, or a compound ending in one ("julekort")."""
    bare = fold(noun.strip(EDGE))
    return any(bare == w or (bare.endswith(w) and len(bare) > len(w) + 2)
               for w in grammar.unchanged_plurals)  # fmt: skip


def zero_plural_gender(noun: str, grammar: Grammar) -> str | None:
    """c / n of such a noun by its one definite ending in nouns.json ("sår": "et", n); None for
    another noun, or one of both genders or none."""
    w = noun.strip(EDGE).lower()
    ending = grammar.noun_class(w)
    if ending is None or "|" in ending or not same_in_plural(w, grammar):
        return None
    return "n" if ending.rstrip("+").endswith("t") else "c"
