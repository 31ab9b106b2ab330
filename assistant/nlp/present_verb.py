"""A plural noun that is also a present tense, said right after a subject, is the verb.

The lemma table reads "tænder" as the noun "tand" and "strikker" as "strik", and knows no
"skiller" at all; after "jeg", "han" or "at han selv" the word is the present tense of "tænde",
"strikke", "skille" ("at han selv tænder radioen", "at han selv skiller uret ad"). The subjects
and the adverbs allowed between live in content/<lang>/nlp/_common.yaml.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import Lexicon

_PRESENT = "r"  # the present tense of a verb in -e: the infinitive and "r" ("tænde", "tænder")
_SHORTEST = 3  # letters of an infinitive read this way ("er" is no "e")


def infinitives(lex: Lexicon) -> frozenset[str]:
    """Every lemma of the table that may be an infinitive in -e ("tænde", "strikke")."""
    return frozenset(v for v in lex.lemmas.values() if v.endswith("e") and len(v) >= _SHORTEST)


def present_verbs(
    lower: Sequence[str],
    lemmas: Sequence[str],
    stops: Sequence[bool],
    lex: Lexicon,
    verbs: frozenset[str],
) -> dict[int, str]:
    """Index → infinitive of each word read as a noun, or unknown to the table, that is a
    present tense after a subject ("at han selv tænder radioen": "tænde"; "… skiller uret ad":
    "skille"); empty when none is. Stop words ("over", "under") are never read so."""
    found: dict[int, str] = {}
    if not lex.present_subjects:
        return found
    for k, word in enumerate(lower):
        stem = word[: -len(_PRESENT)]
        if not word.endswith(_PRESENT) or stops[k] or len(stem) < _SHORTEST or lemmas[k] == stem:
            continue
        unknown = lemmas[k] == word and word.endswith(lex.present_unknown_endings)
        unknown = unknown and bool(lex.present_unknown_endings) and word.isalpha()
        if stem not in verbs and not unknown:
            continue
        j = k - 1
        while j >= 0 and lower[j] in lex.present_between:
            j -= 1
        if j >= 0 and lower[j] in lex.present_subjects:
            found[k] = stem
    return found
