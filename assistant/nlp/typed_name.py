"""A place's own name typed without æ, ø or å that no table knows, said before the place's noun
("når jeg sejler ud i Skaarupoer sundet": Skårupøre Sund): the name cannot be written as it is
spelled, so the goal says the place by its noun alone ("ud i sundet"); the answer keeps the name
for staff. A name the tables know ("Aarhus", "Faaborg") or one typed with its letters stays."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar, fold

_TYPED = ("aa", "oe", "ae")  # how å, ø, æ are typed without them
_DEFINITE_ENDS = ("et", "en")  # "sundet", "fjorden": the place's noun said definite


def without_typed_names(words: list[str], g: Grammar) -> list[str]:
    """The words without a capitalised name typed without æøå that no table knows, right before
    a definite noun in small letters ("i Skaarupoer sundet" → "i sundet"); at a sentence's
    start, before anything else, or known as a place or a person it stays."""
    out: list[str] = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if i and words[i - 1][-1:] not in ".!?" and _typed_name(w, nxt, g):
            continue
        out.append(w)
    return out


def _typed_name(word: str, nxt: str, g: Grammar) -> bool:
    """True for an unknown name typed without æøå before a definite noun in small letters."""
    if word[-1:] in EDGE or not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    low = word.lower()
    if fold(low) != low or not any(t in low for t in _TYPED):
        return False  # "Svendborg", "Skårupøre": written as it is spelled
    if low in g.place_names or low in g.person_names or low in g.lemma_forms:
        return False  # "Aarhus", "Praestoe" (Præstø: the speller writes it), "Michael"
    core = nxt.rstrip(EDGE)
    return core.isalpha() and core.islower() and core.endswith(_DEFINITE_ENDS) and len(core) > 4
