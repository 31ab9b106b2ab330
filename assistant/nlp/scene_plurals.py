"""Bare plurals of the scene a sign describes, written definite: a second language says "gå
rundt mellem borde og hjælpe børn" for the tables and the children in the room ("mellem
bordene og hjælpe børnene"). A bare plural noun ending its phrase right after a motion adverb
and a preposition of scene_plural_leads ("rundt mellem", "ud blandt") is the one present; a bare
plural of scene_people (by lemma) as the object of the next verb joined by "og" is that scene's
people. A plural after an article, number or possessive, a thing the next verb makes or sells
("og sælge lodsedler"), and a plural after "mellem" with no motion ("spise mellem måltider")
stay as said."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar, fold
from assistant.content.grammar import bare as _b


def scene_plurals(words: list[str], g: Grammar) -> list[str]:
    """The sign's words with the scene's bare plurals definite (see the module)."""
    if not g.scene_plural_leads:
        return words
    out = list(words)
    for i in range(1, len(out) - 1):
        lead, before = out[i], out[i - 1]
        if _b(lead) not in g.scene_plural_leads or _b(before) not in g.motion_adverbs:
            continue
        if lead[-1:] in EDGE or before[-1:] in EDGE:
            continue
        if (definite := _definite_plural(out[i + 1], g)) is None:
            continue
        out[i + 1] = definite
        if definite[-1:] not in EDGE:
            _people_after_and(out, i + 2, g)  # "… og hjælpe børn": the scene's people
    return out


def _people_after_and(out: list[str], k: int, g: Grammar) -> None:
    """Make the bare plural of scene_people after "og" and a verb at k definite, in place."""
    if k + 2 >= len(out):
        return
    join, verb, noun = out[k], out[k + 1], out[k + 2]
    if _b(join) != g.and_word or join[-1:] in EDGE or verb[-1:] in EDGE:
        return
    if not g.is_infinitive(verb):
        return
    lemma = g.lemma_forms.get(noun.rstrip(EDGE).lower())
    if not lemma or fold(lemma) not in g.scene_people:
        return  # "og sælge lodsedler": no people of the scene
    if (definite := _definite_plural(noun, g)) is not None:
        out[k + 2] = definite


def _definite_plural(word: str, g: Grammar) -> str | None:
    """The definite plural of a bare plural noun the lemma table knows in both forms ("borde"
    → "bordene", "børn" → "børnene", "gæster" → "gæsterne"), its mark kept; else None."""
    core = word.rstrip(EDGE)
    low = core.lower()
    if not low.isalpha() or not core.islower():
        return None
    lemma = g.lemma_forms.get(low)
    if lemma is None or lemma == low:
        return None  # a singular or no noun the table knows
    for ending in g.scene_plural_endings:  # "borde" + "ne", "børn" + "ene"
        said = low + ending
        if g.lemma_forms.get(said) == lemma:  # the same noun's definite plural
            return said + word[len(core) :]
    return None
