"""A garment made for the body, said special ("en speciel badedragt", "badedragt special,
høj"): an aid named by the garment, though the lexicon lists none."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import Lexicon
from assistant.nlp.word_flags import register, utterance_bits


def special_garments(
    words: Sequence[str], lemmas: Sequence[str], lex: Lexicon
) -> list[tuple[str, int]]:
    """(aid, token index) of every garment of special_garments (by lemma or as said) with a
    word of special_marks right before it or right after it, maybe past a comma ("en speciel
    badedragt", "badedragt special, høj"); the aid is special_prefix and the garment's lemma."""
    if not lex.special_prefix or not utterance_bits(words, lemmas, lex) & _GARMENT_BIT:
        return []  # no garment of special_garments said (most utterances)
    out = []
    for i, lemma in enumerate(lemmas):
        garment = lemma if lemma in lex.special_garments else words[i]
        if garment not in lex.special_garments:
            continue
        after = i + 2 if i + 2 < len(words) and words[i + 1] == "," else i + 1
        before = i > 0 and words[i - 1] in lex.special_marks
        if before or (after < len(words) and words[after] in lex.special_marks):
            out.append((lex.special_prefix + garment, i))
    return out


_GARMENT_BIT = register(
    "special_garment", lambda w, lem, lex: lem in lex.special_garments or w in lex.special_garments
)


def special_words(
    aids: Sequence[tuple[str, int]], lemmas: Sequence[str], lex: Lexicon
) -> dict[str, str]:
    """The words the goal writes for each special garment of `aids`: special_written and the
    garment ("min specielle badedragt"), not its made-up name."""
    prefix = lex.special_prefix
    return {
        aid: f"{lex.special_written} {aid[len(prefix) :]}"
        for aid, _i in aids
        if prefix
        and lex.special_written
        and aid.startswith(prefix)
        and aid[len(prefix) :] in lex.special_garments
    }
