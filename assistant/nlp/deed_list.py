"""A sign told as a list of deeds in the infinitive after its modal ("at jeg selv kan gå ned for
enden af haven, stille teleskopet op, finde Jupiter og kigge en halv time, og så komme sikkert
ind igen"): each step is the sign, so it is kept to its last item past max_words, when that item,
after a join (maybe "så" between), is one more infinitive that ends the sentence. The list must
be told as one (its items set off by commas; one comma when an adverb after the last join opens
the last item: "…, sidde hele forestillingen og selv gå på toilettet"), and no new clause may
open in its last item ("…, og så sidder han og hører radio")."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.cues import CriterionCues

#: Most words of the list's last item with its join ("og så komme sikkert ind igen").
_LAST_MAX = 15
#: Commas between the list's items before its last one at least ("gå …, stille …, finde …").
_LIST_COMMAS = 2
#: Most words the whole list may run past max_words.
_PAST_MAX = 10
#: Most words of a clause kept whole that closes the list ("uden at hånden låser"), not counted
#: in the list's length: it is the sign's point, and a cut before it loses the last item too.
_POINT_MAX = 8


def infinitive_list_end(
    words: Sequence[str],
    lemmas: Sequence[str],
    v: int,
    stop: int,
    cues: CriterionCues,
    is_verb,
) -> int | None:
    """The end (`stop`, where the sentence or the sign's clause ends) of a sign at words[v]
    told as a list of infinitive deeds (see the module); None when it is told otherwise.
    `is_verb(k)` tells whether words[k] is a verb."""
    if _list_length(words, v, stop, cues) > cues.max_words + _PAST_MAX:
        return None
    for start in range(stop - 2, v + 1, -1):
        if words[start] not in cues.joins or words[start - 1] in cues.joins:
            continue
        k = start + 1
        while k < stop - 1 and words[k] in cues.join_adverbs:
            k += 1  # "og så komme …"
        if not is_verb(k) or lemmas[k] != words[k]:
            continue  # "og stå og kigge", "… ind og ud": a verb's own pair, no last item
        if stop - start > _LAST_MAX:
            return None
        listed = sum(1 for j in range(v, start) if _sets_off(words, lemmas, j, cues, is_verb))
        # "gå hen til min plads, sidde hele forestillingen og selv gå på toilettet": an adverb
        # after the join opens an item of its own; one mark before tells the list
        least = _LIST_COMMAS if k == start + 1 else 1
        # "… og få hende til at sidde, uden at hun trækker mig omkuld": the closing "uden at"
        # clause is the sign's point, its subject no new clause of the last item
        point = next((j for j in range(start, stop) if words[j] in cues.whole_clauses), stop)
        if listed < least or set(words[start:point]) & cues.clause_subjects:
            return None
        return stop
    return None


def _list_length(words: Sequence[str], v: int, stop: int, cues: CriterionCues) -> int:
    """The words of the list from words[v] to `stop`, its marks not counted ("…, tre timer, og
    lave …": the commas set off items, they say nothing) nor a short clause kept whole that closes
    it ("…, uden at hånden låser")."""
    point = next(
        (j for j in range(max(v + 1, stop - _POINT_MAX), stop) if words[j] in cues.whole_clauses),
        stop,
    )
    return sum(1 for j in range(v, point) if any(c.isalnum() for c in words[j]))


def _sets_off(words: Sequence[str], lemmas: Sequence[str], j: int, cues: CriterionCues, is_verb):
    """True when words[j] sets off an item of the list: a comma, or a join after an item's words
    before one more infinitive ("…, sidde hele mødet og selv tage mønterne op og lægge dem …");
    "sidde og læse" is one item, its "og" right after a verb the verb's own pair."""
    if words[j] == ",":
        return True
    if words[j] not in cues.joins or j == 0 or words[j - 1] in cues.joins:
        return False
    if is_verb(j - 1) and lemmas[j - 1] == words[j - 1]:
        return False
    k = j + 1
    while k < len(words) - 1 and words[k] in cues.join_adverbs:
        k += 1
    return k < len(words) and is_verb(k) and lemmas[k] == words[k]


_ASIDE_MAX = 3  # words of an amount aside after its lead ("…, det er cirka 300 meter")


def amount_aside_at(words: Sequence[str], v: int, stop: int, cues: CriterionCues) -> int:
    """Where a list of deeds ends before an amount said as an aside at its end ("…, og selv gå
    fra stationen hen til lejligheden, det er 300 meter": the comma before "det er"); `stop`
    when no aside of amount_aside_leads and a few words with a number ends it."""
    for k in range(stop - 2, v, -1):
        if words[k] != ",":
            continue
        for lead in cues.amount_aside_leads:
            after = k + 1 + len(lead)
            if tuple(words[k + 1 : after]) != lead or not 0 < stop - after <= _ASIDE_MAX:
                continue
            if any(any(c.isdigit() for c in w) for w in words[after:stop]):
                return k
        return stop
    return stop
