"""A spoken main clause run on into the next one that opens with a fronted adverb and its
inverted verb ("det er vores frihed derude er vi på ferie" → "vores frihed, derude er vi …")."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar, fold


def _finite(word: str, g: Grammar) -> bool:
    b = fold(word.strip(EDGE).lower())
    return g.is_present(b) or g.is_past(b) or b in g.modals


def _opens_inverted(words: list[str], i: int, g: Grammar) -> bool:
    """True when words[i:] open a main clause by a fronted adverb of place or time, then a
    finite verb and its subject pronoun ("derude er vi", "nu kan jeg", "bagefter går vi")."""
    if i + 2 >= len(words) or any(w[-1:] in EDGE for w in words[i : i + 2]):
        return False
    adverb, verb, subject = (fold(w.strip(EDGE).lower()) for w in words[i : i + 3])
    if adverb not in g.place_adverbs | g.fronted_time_adverbs:
        return False
    return _finite(verb, g) and subject in g.subject_pronouns


def inverted_run_ons(words: list[str], g: Grammar) -> list[str]:
    """A comma before a fronted adverb that opens a new main clause with its verb and subject
    inverted, after a clause that has its own finite verb and ends in a noun or adjective
    ("fordi det er vores frihed derude er vi på ferie" → "frihed, derude er vi"). After a verb
    ("når vi er derude er vi glade": the adverb is the first clause's), a preposition or a join
    the words stay as said."""
    out = list(words)
    clause_start = 0
    for i in range(1, len(out)):
        prev = out[i - 1]
        if prev[-1:] in EDGE:
            clause_start = i
            continue
        if not _opens_inverted(out, i, g):
            continue
        before = fold(prev.lower())
        said = g.function_words | g.subordinators | g.main_joins | g.clause_subordinators
        if before in said | g.question_words | g.subject_pronouns or _finite(prev, g):
            continue
        if not any(_finite(w, g) for w in out[clause_start : i - 1]):
            continue
        out[i - 1] = prev + ","
        clause_start = i
    return out
