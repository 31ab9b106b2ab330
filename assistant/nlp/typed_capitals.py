"""An answer's typed capital on a common word, carried into the middle of a goal sentence.

One-word answers are typed with a capital ("Sølvtøjet. Pudse.", "Smider ikke ud."); once the word
moves inside the goal ("pudse Sølvtøjet", "så jeg Smider ikke ud") the capital is no longer the
sentence's: a word the lemma table knows, or a compound whose last part is a definite noun it
knows ("Sølvtøjet": "tøjet"), is written small. Names stay: a person's or a place's name the
tables know, a word that is also a first name ("Rose", "Bjørn") or a name (grammar
capital_names: "Guds"), a word after a place lead ("i Skive") or a kin word ("min søster
Rose"), a capital beside another ("Røde Kors"), a title after its verb ("synge Det er hvidt
herude").
"""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar, fold

_SENTENCE_ENDS = ".!?:"
_DEFINITE_ENDS = ("en", "et", "ne")
_HEAD_MIN, _LEAD_MIN = 4, 3  # letters of a compound's known last part and of what leads it


def common_words_small(words: list[str], g: Grammar) -> list[str]:
    """The words with a typed capital lowered on each common word inside a sentence."""
    out = list(words)
    for k in range(1, len(words)):
        if _typed_capital(words, k, g):
            out[k] = words[k][:1].lower() + words[k][1:]
    return out


def _typed_capital(words: list[str], k: int, g: Grammar) -> bool:
    """True for the word at k written with a capital inside its sentence on a common word."""
    core = words[k].rstrip(EDGE)
    if not (core.isalpha() and core[:1].isupper() and core[1:].islower() and len(core) > 1):
        return False
    prev, nxt = words[k - 1], words[k + 1] if k + 1 < len(words) else ""
    if prev[-1:] in _SENTENCE_ENDS or prev[:1].isupper() or nxt[:1].isupper():
        return False  # a sentence's first word, "Røde Kors", "Anne Marie"
    lead = fold(prev.rstrip(EDGE).lower())
    if lead in g.capital_kept_after or lead in g.place_leads or lead in g.kin_before_names:
        return False  # "i Skive", "min søster Rose"
    if lead in g.title_verbs and fold(core.lower()) in g.title_openers:
        return False  # "synge Det er hvidt herude"
    low = core.lower()
    if low in g.capital_names or low in g.person_names or fold(low) in g.person_names:
        return False  # "høre Guds ord", "med Per"
    if low in g.noun_names:
        return False
    if fold(low) in g.place_names or low.removesuffix("s") in g.person_names:
        return False
    # "lave Leverpostej": a lemma of the table is a common word as much as its forms
    return low in g.lemma_forms or low in g.lemmas or _known_compound(low, g)


def _known_compound(low: str, g: Grammar) -> bool:
    """True for a compound whose last part is a definite noun the lemma table knows."""
    return any(
        (head := low[j:]).endswith(_DEFINITE_ENDS) and head in g.lemma_forms
        for j in range(_LEAD_MIN, len(low) - _HEAD_MIN + 1)
    )
