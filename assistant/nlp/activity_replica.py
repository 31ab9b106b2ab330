"""A model of a vehicle is a hobby's thing, and riding it the hobby ("flyve med sine modelfly").

A noun whose first part is a replica mark (the lexicon class `replica_marks`: "model|fly") or
that follows one said as a word ("fjernstyrede biler") is named by the mark's own cue (or its
own, when it names no journey); a travel verb of its clause ("flyve", "køre") then tells how
the model is used, not a journey, and names nothing of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.memo import Memo, once

MIN_REST = 3  # letters after the mark ("model|fly"; "modeller" is the word itself)


def replica_cues(words: Sequence[str], lemmas: Sequence[str], cues: list, index, lex) -> list:
    """`cues` (utterance_cues) with each replica named by its mark and the travel verbs of its
    clause silenced; the same list when no replica is said."""
    marks = lex.classes.get("replica_marks", ())
    if not marks:
        return cues
    # each word's mark as a compound's first part ("" for none), read in one pass in C: most
    # utterances say no mark at all, as a part or as a word
    marked = once(lex, "replica_marked", lambda _lex: Memo())
    parts = list(map(marked.get, words))
    if None in parts:  # a word not met before
        for i, part in enumerate(parts):
            if part is None:
                parts[i] = marked.get_or(words[i], _compound_mark, words[i], marks)
    if not any(parts) and once(lex, "replica_mark_set", _mark_set).isdisjoint(words):
        return cues
    found = {}  # replica token → the mark's cues
    for i, w in enumerate(words):
        at = i
        mark = parts[i] or None
        if mark is None and w in marks and i + 1 < len(words) and words[i + 1].isalpha():
            mark, at = w, i + 1  # "fjernstyrede biler": the noun after the mark
        own = _mark_cues(mark, index, cues[at], lex) if mark else None
        if own:
            found[at] = own
    if not found:
        return cues
    out = list(cues)
    breaks = lex.clause_breaks
    for at, own in found.items():
        out[at] = own
        lo, hi = at, at
        while lo > 0 and words[lo - 1] not in breaks:
            lo -= 1
        while hi + 1 < len(words) and words[hi + 1] not in breaks:
            hi += 1
        for k in range(lo, hi + 1):
            if k != at and (lemmas[k] in lex.travel_verbs or words[k] in lex.travel_verbs):
                out[k] = ()
    return out


def _compound_mark(word: str, marks: Sequence[str]) -> str:
    """The first mark `word` begins with as a compound's first part ("modelfly": "model"), or ""."""
    return next((m for m in marks if word.startswith(m) and len(word) - len(m) >= MIN_REST), "")


def _mark_set(lex) -> frozenset[str]:
    """The replica marks said as words ("fjernstyrede biler")."""
    return frozenset(lex.classes.get("replica_marks", ()))


def _mark_cues(mark: str, index, own, lex):
    """The cues a replica mark names, as a word or as a compound's first part, else the
    replica's own ("modelfly" is a cue word) when they name no journey."""
    marked = index.parts.get(mark) or index.words.get(mark)
    if marked:
        return marked
    return own if own and all(a != lex.travel_activity for a, _w in own) else None
