"""An occasion clause that opens a sentence sets its scene: "Når jeg tager toget til min bror,
jeg tør ikke gå på toilettet i toget" is about the toilet, the train only when.

A sentence (the answer's start, or after a sentence end) that opens, after its fillers, with an
occasion lead ("når", "naar") and runs to a comma before the sentence ends: the words up to and
with the comma. The caller weighs them as side words only when the rest of the utterance still
names a task ("Når jeg går tur, får jeg ondt i benene" keeps the walk: the rest names none).
"""

from __future__ import annotations

from collections.abc import Sequence

Span = tuple[int, int]


def fronted_occasion_spans(words: Sequence[str], lex) -> tuple[Span, ...]:
    """The (start, end) of every occasion clause that opens a sentence up to its comma."""
    if lex.occasion_leads.isdisjoint(words):
        return ()  # no lead said (most utterances)
    out: list[Span] = []
    n = len(words)
    for i, w in enumerate(words):
        if w not in lex.occasion_leads or not _opens_sentence(words, i, lex):
            continue
        for k in range(i + 1, n - 1):
            if words[k] in lex.sentence_ends:
                break
            if words[k] == ",":
                if words[k + 1] not in lex.sentence_ends:
                    out.append((i, k + 1))
                break
    return tuple(out)


def _opens_sentence(words: Sequence[str], i: int, lex) -> bool:
    """True when only fillers stand between word i and the answer's start or a sentence end."""
    k = i - 1
    while k >= 0 and words[k] in lex.fillers:
        k -= 1
    return k < 0 or words[k] in lex.sentence_ends
