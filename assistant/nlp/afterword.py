"""A frequency said in a short sentence of its own right after the wish ("Jeg vil gerne finde
en veninde som taler bosnisk. Jeg vil mødes en gang om ugen.", "Jeg vil gerne gå til svømning
igen. Det skal være hver dag."): how often the wish is done, not a new habit."""

from __future__ import annotations

_SENTENCE_ENDS = frozenset({".", "!", "?"})
AFTERWORD_VERBS = 1  # words besides the frame a follow-up sentence may hold ("mødes")


def wish_afterword(words, found, wish: tuple[int, int], parts, lex, g) -> bool:
    """True when the frequency `found` is in the sentence right after the wish part `wish`, a
    sentence made of frame words (lex.afterword_frame), fillers and at most one verb besides
    the frequency ("Jeg vil mødes en gang om ugen.", "Vi skal ses hver uge.")."""
    lo = found.start
    while lo > 0 and words[lo - 1] not in _SENTENCE_ENDS:
        lo -= 1
    if lo == 0 or lo < wish[1] or any(wish[1] <= a < lo for a, _b in parts):
        return False  # not the next sentence after the wish (another part between)
    hi = found.end
    while hi < len(words) and words[hi] not in _SENTENCE_ENDS:
        hi += 1
    rest = [
        w
        for w in (*words[lo : found.start], *words[found.end : hi])
        if w not in lex.afterword_frame and w not in lex.fillers
    ]
    # "Jeg vil gå en tur hver dag.": the occasion counted ("tur") is a doing of its own
    rest += [w for w in words[found.start : found.end] if w in lex.occasion_words]
    if any(g.is_past(w) for w in words[lo:hi]):
        return False  # "Jeg gik en tur hver dag.": a story
    return len(rest) <= AFTERWORD_VERBS and all(g.noun_kind(w) is None for w in rest)
