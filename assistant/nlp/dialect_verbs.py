"""Verb forms the lemma table shows, for dialect words that are also articles ("et", "æ")."""

from __future__ import annotations

from collections.abc import Callable, Mapping


def is_infinitive(
    word: str, lemma_of: Mapping[str, str], genders: Callable[[str], frozenset[str]]
) -> bool:
    """True when the lemma table gives the word a present tense in -r ("sluge": "sluger") and it
    is no neuter noun only ("et billede"), unless a past form shows the verb ("stå": "stået"); a
    dialect "et" before it is then the negation ("a ka et sluge"), not the article ("et par")."""
    if not word.isalpha() or lemma_of.get(word + "r") != word:
        return False
    stem = word[:-1] if word.endswith("e") else word
    past = (stem + "ede", stem + "te", word + "de", stem + "t", word + "et")
    # the noun table is loose ("huske", "gå" are listed as nouns too): a past form outweighs it
    return genders(word) != {"n"} or any(lemma_of.get(p) == word for p in past)


def plain_present(word: str, lemma_of: Mapping[str, str], nouns: Mapping[str, str]) -> bool:
    """True for a present tense the lemma table gives (its lemma + "r": "glemmer", "savner",
    "mister") that is no noun's plural ("kager": "kagerne") nor a noun of the noun table
    ("fisker"), so the dialect "æ" before it is the speaker ("æ glemmer tit"), not the article
    ("æ kager", "æ fisker")."""
    lemma = lemma_of.get(word)
    if not lemma or word != lemma + "r" or word in nouns:
        return False
    return lemma_of.get(word + "ne") != lemma  # "kagerne": "kager" is the noun's plural
