"""A treatment's rhythm in a statement ("træt efter dialysen tre gange om ugen", "får kemo hver
tredje uge"): how often the citizen is treated, no goal frequency (frequency.yaml
treatment_nouns)."""

from __future__ import annotations

from collections.abc import Sequence


def treatment_rhythm(words: Sequence[str], start: int, lex) -> bool:
    """True when a treatment noun (by form or lemma) stands right before the frequency at
    `start` ("dialysen tre gange om ugen")."""
    if start < 1 or not lex.treatment_nouns:
        return False
    word = words[start - 1]
    return word in lex.treatment_nouns or lex.lemma(word) in lex.treatment_nouns
