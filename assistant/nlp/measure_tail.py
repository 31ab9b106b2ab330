"""A sign whose measure is said past max_words ("… og gå rundt med rollatoren en time der hvor vi
kommer hen", "…, sidde med hele frokosten, cirka to timer, og komme hjem igen uden at …", "… og
padle en time, det er cirka fem kilometer, med en pause undervejs"): the amount belongs to the
deed it is said with, so the sign is kept to the end of its sentence, not cut before the clause
that holds the amount (cut off, the amount would be read as the wish's own length)."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.cues import CriterionCues

#: Most words past max_words a sign keeps to hold the amount said in its last clauses.
_MEASURE_PAST = 20


def measure_end(
    words: Sequence[str],
    v: int,
    cutting: int,
    stop: int,
    amounts: frozenset[int],
    cues: CriterionCues,
) -> int | None:
    """`stop` (the end of the sign's sentence) when an amount of `amounts` lies in the words
    the sign would lose by a cut at `cutting`, the sentence is at most _MEASURE_PAST words past
    max_words, and no new clause with a subject of its own opens in the lost part ("… og så
    kommer min datter klokken tre"); None otherwise."""
    if not amounts or stop - v > cues.max_words + _MEASURE_PAST or cutting >= stop:
        return None
    if not any(cutting <= k < stop for k in amounts):
        return None
    for j in range(max(cutting, v + 1), stop - 1):
        if words[j] not in cues.joins:
            continue
        k = j + 1
        while k < stop - 1 and words[k] in cues.join_adverbs:
            k += 1  # "og så kommer han …"
        said = set(words[k : k + 2])
        if said & (cues.clause_subjects | cues.thing_subjects) or words[k] in cues.object_openers:
            # "og vi går hjem", "og så kommer han", "og min datter henter mig": a clause of its
            # own, its amount no part of the sign
            return None
    return stop
