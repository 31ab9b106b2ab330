"""What a worry is about ("ligger vågen og tænker på penge og regninger", "bekymrer mig for
økonomien"): the worry's object names no activity of its own beside a mood or sleep trouble,
so its words weigh as side words (stance.yaml worry_*)."""

from __future__ import annotations

from collections.abc import Sequence

REACH = 5  # words of the worry's object after its preposition
Span = tuple[int, int]


def worry_spans(words: Sequence[str], lemmas: Sequence[str], lex) -> tuple[Span, ...]:
    """(start, end) of each noun phrase after a worry verb (worry_verbs by form or lemma, a
    reflexive maybe between) and one of worry_preps, up to a clause break, a subject, "at" or
    REACH words; none for an infinitive ("tænker på at flytte": a plan)."""
    verbs = lex.worry_verbs
    if not verbs:
        return ()
    if lex.worry_preps.isdisjoint(words) or (verbs.isdisjoint(words) and verbs.isdisjoint(lemmas)):
        return ()  # no preposition or no worry verb said (most utterances): one test in C
    stops = lex.worry_object_stops
    out = []
    for i, w in enumerate(words[:-2]):
        if w not in verbs and lemmas[i] not in verbs:
            continue
        k = i + 1
        if words[k] in lex.worry_reflexives:
            k += 1
        if k >= len(words) or words[k] not in lex.worry_preps:
            continue
        lo = k + 1
        hi = lo
        while hi < len(words) and hi - lo < REACH and words[hi].isalpha():
            if words[hi] in lex.worry_object_joins and _joined_word(words, hi, stops):
                hi += 2  # "penge og regninger": two things worried about
                continue
            if words[hi] in stops:
                break
            hi += 1
        if hi > lo:
            out.append((lo, hi))
    return tuple(out)


def _joined_word(words: Sequence[str], k: int, stops) -> bool:
    """True when one word after the join at k ends the object ("og regninger" then a stop, a
    punctuation mark or the end): a pair of things, not a new clause ("og ligger vågen")."""
    nxt, end = k + 1, k + 2
    if nxt >= len(words) or not words[nxt].isalpha() or words[nxt] in stops:
        return False
    return end >= len(words) or not words[end].isalpha() or words[end] in stops
