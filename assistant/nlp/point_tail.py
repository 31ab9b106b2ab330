"""A long sign whose sentence ends in the clause kept whole that is its point ("… og sige noget,
når det er vores sag, uden at blive så træt, at jeg mister tråden", "…, og gå hjem igen, uden
pauser"): cut before that clause, the sign would lose what makes it a measure (speaking is no
sign; speaking without losing the thread is), so the sign is kept to the end of its sentence."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.cues import CriterionCues

#: The marks that end a sentence of the answer.
SENTENCE_END = frozenset({".", "!", "?", ";", ":"})

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
    """True for the point that ends a sign: a clause kept whole ("uden at stoppe": whole_clause)
    or a short "uden" with a thing ("uden smerter i hoften": _without_thing), also with the
    consequence of a degree said after it ("uden at blive så træt, at jeg mister tråden": a
    comma only before one of consequence_leads, after one of degree_words); a modal only in that
    consequence ("…, at jeg ikke kan cykle hjem"), never in the clause itself."""
    comma = part.index(",") if "," in part else len(part)
    head, tail = part[:comma], part[comma + 1 :]
    if not (whole_clause(head, cues) or _without_thing(head, cues)):
        return False
    if comma == len(part):
        return True
    return (
        len(part) <= _POINT_MAX
        and tail[:1] != []
        and tail[0] in cues.consequence_leads
        and bool(set(head) & cues.degree_words)
        and all(w.isalpha() for w in tail)
    )


#: Words of a clause kept whole ("uden at kalde på min mand", "uden at jeg er faldet eller har
#: måttet ringe efter ham") that goes on with the sign, as a fragment after a full stop or past
#: the sign's max_words.
_WHOLE_MAX = 12


def whole_clause(part: Sequence[str], cues: CriterionCues) -> bool:
    """True for a short clause kept whole ("uden at kalde på Erik", "uden at nogen hjælper"):
    one of whole_clauses and its "at", no modal, no mark inside."""
    return (
        2 < len(part) <= _WHOLE_MAX
        and part[0] in cues.whole_clauses
        and part[1] in cues.present_after
        and not set(part) & cues.modals
        and all(w.isalpha() for w in part)
    )


def whole_end(words, v: int, end: int, cues: CriterionCues) -> int | None:
    """The end of a sign a little past max_words when its last clause is one kept whole and
    ends the sentence ("…, uden at hjemmeplejen har hjulpet."); None otherwise."""
    start = next((j for j in range(end - 1, v, -1) if words[j] in cues.clause_cuts), None)
    if start is not None and words[start] not in cues.whole_clauses:
        # "… uden at stå og hive efter vejret": the cut is the clause's own "og", its lead before;
        # not one before a clause with a subject of its own ("… og så er jeg glad")
        said_on = next((j for j in range(end, len(words)) if words[j] in SENTENCE_END), None)
        if any(w in cues.clause_subjects for w in words[start + 1 : said_on]):
            return None
        start = next((j for j in range(start - 1, v, -1) if words[j] in cues.clause_cuts), start)
        if words[start] not in cues.whole_clauses:
            return None
    if start is None:
        return None
    stop = next((j for j in range(end, len(words)) if words[j] in SENTENCE_END), len(words))
    part = words[start:stop]
    return stop if _point(part, cues) else None


#: Most words past max_words a sign keeps to reach the clause kept whole that ends it.
_NEAR_PAST = 8


def near_point_end(words, end: int, cues: CriterionCues) -> int | None:
    """The end of a sign a little past max_words when the words after the limit run straight
    into a clause kept whole that ends the sentence ("… og gå en tur med hende på gangen uden at
    blive svimmel"): that clause is the sign's point; None when a clause cut or a subject of its
    own comes first ("… og så går vi hjem uden at …") or the sentence goes on further."""
    stop = next((j for j in range(end, len(words)) if words[j] in SENTENCE_END), len(words))
    if stop - end > _NEAR_PAST:
        return None
    start = next((j for j in range(end, stop) if words[j] in cues.clause_cuts), None)
    if start is None or any(w in cues.clause_subjects for w in words[end:start]):
        return None
    part = words[start:stop]
    return stop if _point(part, cues) else None


#: Most words of a "without" said with a thing, no verb ("uden smerter i hoften bagefter").
_WITHOUT_THING_MAX = 6


def _without_thing(part: Sequence[str], cues: CriterionCues) -> bool:
    """True for a short "uden" with a thing and no clause ("uden smerter i hoften bagefter",
    "uden pauser"): the sign's point, kept like a clause kept whole."""
    return (
        1 < len(part) <= _WITHOUT_THING_MAX
        and part[0] in cues.whole_clauses
        and part[1] not in cues.present_after
        and not set(part) & (cues.modals | cues.clause_subjects)
        and all(w.isalpha() for w in part)
    )
