"""A thing put first and taken up by a yes of its own, the aid accepted (pure).

"Men et lille kort i lommen med vejen tegnet op, det vil han godt", "en liste med billeder på
skabet, den kan han godt lide", "et kort i jakkelommen vil hun gerne have": the thing said
first, with its article, is what the citizen will manage with; "en timer vil han ikke have" is
one refused. The words are dialogue.yaml's `accepted_thing_*` lists.
"""

from __future__ import annotations

import re

from assistant.content.grammar import EDGE, fold

#: Words after the subject read for the yes ("det vil han rigtig godt").
YES_REACH = 3


def _folded(words) -> frozenset[str]:
    return frozenset(fold(w).lower() for w in words)


def accepted_thing(text: str, words: dict, g, fillers=frozenset()) -> str | None:
    """The thing a clause of `text` puts first and then accepts ("et lille kort i lommen med
    vejen tegnet op"), as said; None when no clause does. `fillers` before it are skipped."""
    articles = _folded(words.get("accepted_thing_articles", ()))
    pointers = _folded([*words.get("accepted_thing_pointers", ()), *fillers])
    subjects = _folded(words.get("accepted_thing_subjects", ()))
    yes = _folded(words.get("accepted_thing_yes", ()))
    negations = _folded(words.get("negations", ()))
    breaks = _folded(w for w in words.get("clause_breaks", ()) if " " not in w)
    skip = _folded([*fillers, ","])
    verbs = _folded(g.modals)
    ends = tuple(words.get("regular_present_endings", ()))
    for sentence in re.split(r"[.!?;:]+", text):
        clause: list[str] = []
        for word in [*sentence.replace(",", " , ").split(), ""]:
            low = fold(word.strip(EDGE)).lower()
            if word and low not in breaks and (clause or low not in skip):
                clause.append(word)  # "øh en seddel …": the filler before the thing skipped
                continue
            thing = _taken_up(clause, articles, pointers, subjects, yes, negations, verbs, ends)
            if thing:
                return thing
            clause = []
    return None


def _taken_up(clause, articles, pointers, subjects, yes, negations, verbs, ends) -> str | None:
    """The clause's opening thing when a finite verb and a subject after it say yes to it."""
    low = [fold(w.strip(EDGE)).lower() for w in clause]
    if len(low) < 4 or low[0] not in articles:
        return None
    for k in range(2, len(low) - 1):
        finite = low[k] in verbs or (ends and low[k].endswith(ends))
        if not finite or low[k + 1] not in subjects:
            continue
        after = low[k + 2 : k + 2 + YES_REACH]
        said_yes = next((j for j, w in enumerate(after) if w in yes), None)
        if said_yes is None or any(w in negations for w in after[:said_yes]):
            return None  # "en timer vil han ikke have": refused
        kept = [w for w in clause[:k] if w != ","]
        while kept and fold(kept[-1].strip(EDGE)).lower() in pointers:
            kept.pop()  # ", ja det vil han godt": the thing taken up again
        return " ".join(kept).rstrip(EDGE) if len(kept) > 1 else None
    return None
