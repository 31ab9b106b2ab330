"""A pronoun in a verb fragment that stands for a noun typed bare before it (pure).

"Sokker. Stoppe dem.": "dem" is the socks, so the wish is "stoppe sokker" (darning them), not
"sokker og stoppe dem" read as dressing. The pronoun must agree with the noun: "dem" a plural
("sokker", "strømper"), "den" a common and "det" a neuter singular ("Cykel. Pudse den.", "Tæppe.
Banke det."); any other pair leaves the fragments as they are (nlp/fragments.py _bare_object).
"""

from __future__ import annotations

from assistant.content.grammar import Grammar


def agrees(pronoun: str, noun: str, lemma: str, g: Grammar, cues) -> bool:
    """True when the object pronoun (lower case) can stand for the bare `noun` (its `lemma`);
    `cues` the lexicon's action cues (fragment_plural_pronouns, fragment_neuter_pronouns)."""
    plural = noun != lemma or g.is_indefinite_plural(noun)
    if pronoun in cues.fragment_plural_pronouns:
        return plural
    if plural:
        return False
    return g.is_neuter(noun) == (pronoun in cues.fragment_neuter_pronouns)
