"""A long sign whose sentence ends in the clause kept whole that is its point ("… og sige noget,
når det er vores sag, uden at blive så træt, at jeg mister tråden", "…, og gå hjem igen, uden
pauser"): cut before that clause, the sign would lose what makes it a measure (speaking is no
sign; speaking without losing the thread is), so the sign is kept to the end of its sentence."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.cues import CriterionCues

#: Most words past max_words a sign keeps to reach the point that ends its sentence.
_POINT_PAST = 16
#: Most words of the point itself, with a degree's consequence ("uden at blive så træt, at jeg
#: mister tråden").
_POINT_MAX = 14


def point_end(
    words: Sequence[str], v: int, cutting: int, stop: int, cues: CriterionCues
) -> int | None:
    """`stop` (the end of the sign's sentence) when the words a cut at `cutting` would lose end
    in a clause kept whole (one of whole_clauses: "uden at …", "uden pauser") that ends the
    sentence, the sentence is at most _POINT_PAST words past max_words, the words kept hold no
    such clause of their own yet, and no new main clause with a subject of its own opens in the
    sign ("… og så kommer min datter, uden at …"); None otherwise."""
    if cutting >= stop or stop - v > cues.max_words + _POINT_PAST:
        return None
    start = next(
        (j for j in range(stop - 1, cutting - 1, -1) if words[j] in cues.whole_clauses), None
    )
    if start is None or not _point(words[start:stop], cues):
        return None
    if any(w in cues.whole_clauses for w in words[v + 1 : cutting]):
        return None  # "… og hjem igen uden at hvile | og uden at nogen …": its point kept already
    for j in range(v + 1, start):  # the whole sign: a clause of its own kept or lost
        if words[j] not in cues.joins:
            continue
        k = j + 1
        while k < start and words[k] in cues.join_adverbs:
            k += 1  # "og så kommer han …"
        if set(words[k : k + 2]) & (cues.clause_subjects | cues.thing_subjects):
            return None  # "og vi går hjem, uden at …": that clause is someone's own
        if k > j + 1 and k + 1 < start and words[k + 1] in cues.object_openers:
            return None  # "og så henter min datter mig": its subject after its verb
    return stop


def _point(part: Sequence[str], cues: CriterionCues) -> bool:
    """True for a clause kept whole ("uden at stoppe", "uden smerter i hoften"), also with the
    consequence of a degree said in it ("uden at blive så træt, at jeg mister tråden": a comma
    only before one of consequence_leads, after one of degree_words)."""
    if not 1 < len(part) <= _POINT_MAX or set(part) & cues.modals:
        return False
    for k, word in enumerate(part):
        if word == ",":
            after = part[k + 1] if k + 1 < len(part) else ""
            if after not in cues.consequence_leads or not set(part[:k]) & cues.degree_words:
                return False
        elif not word.isalpha():
            return False
    return True
