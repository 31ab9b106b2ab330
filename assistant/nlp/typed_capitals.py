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
    nxt = "" if words[k][-1:] in _SENTENCE_ENDS else nxt  # "i Stuen. Det …": the next sentence
    if prev[-1:] in _SENTENCE_ENDS or prev[:1].isupper() or nxt[:1].isupper():
        return False  # a sentence's first word, "Røde Kors", "Anne Marie"
    lead = fold(prev.rstrip(EDGE).lower())
    low = core.lower()
    # "i Stuen" typed as a one-word answer: a room of the home after a place lead
    place_lead = lead in g.capital_kept_after or lead in g.place_leads
    if place_lead and fold(low) not in {fold(w) for w in g.capital_small_rooms}:
        return False  # "i Skive", "fra Hald"; not "i Stuen" typed
    if lead in g.kin_before_names:
        return False  # "min søster Rose"
    counted = words[k][-1:] not in EDGE and g.counts_units(words[k + 1 : k + 3])
    if lead in g.title_verbs and fold(core.lower()) in g.title_openers and not counted:
        return False  # "synge Det er hvidt herude"; "spille En hel time" is an amount
    if low in g.capital_names or low in g.person_names or fold(low) in g.person_names:
        return False  # "høre Guds ord", "med Per"
    if low in g.noun_names:
        return False
    if fold(low) in g.place_names or low.removesuffix("s") in g.person_names:
        return False
    genitive = low.endswith("s") and _definite_common(low[:-1], g)  # "for Udsigtens skyld"
    # "lave Leverpostej": a lemma of the table is a common word as much as its forms
    return low in g.lemma_forms or low in g.lemmas or _known_compound(low, g) or genitive


def _definite_common(low: str, g: Grammar) -> bool:
    """True for a count noun's definite singular ("udsigten": "udsigt", "køkkenvinduet":
    "køkkenvindue"), by the grammar's definite form of its bare noun; no name the tables know."""
    named = (g.place_names, g.person_names, g.noun_names, g.capital_names)
    if any(w in names for names in named for w in (low, fold(low))):
        return False
    return (
        low.endswith(_DEFINITE_ENDS)
        and any(
            g.definite_singular(base) == low
            and g.of_one_gender(base)  # a count noun: "udsigt", not "hele" of "Helens"
            for base in (low[:-2], low[:-1])
        )
    )


def _known_compound(low: str, g: Grammar) -> bool:
    """True for a compound whose last part is a definite noun the lemma table knows."""
    return any(
        (head := low[j:]).endswith(_DEFINITE_ENDS) and head in g.lemma_forms
        for j in range(_LEAD_MIN, len(low) - _HEAD_MIN + 1)
    )
