"""A sign said whole that is too long to keep ("at jeg selv er kommet over med færgen og op til
torvet … og hjem igen med eftermiddagsfærgen og kun har sat mig på bænkene et par gange"): cut
at a clause, never dropped, its closing clause kept whole ("…, uden at nogen skulle holde i
mig")."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.cues import CriterionCues
from assistant.nlp.numbers import number_at

_TIMES_UNIT = "gang"  # the unit id of a count of times (content/da/nlp/units.yaml)
_DURATION = "duration"  # the unit kind of minutes and hours (units.yaml unit_kinds)

#: Fewest words of the head a long sign is cut to.
_HEAD_MIN = 6
#: Most words of the clause kept whole that closes a long sign ("uden at nogen skulle holde i mig").
_TAIL_MAX = 8


def _closing_clause(low: Sequence[str], cues: CriterionCues) -> int | None:
    """Where the clause kept whole that ends the words begins ("uden at nogen skulle holde i
    mig": its "uden"), or None."""
    for k in range(max(0, len(low) - _TAIL_MAX), len(low) - 2):
        if low[k] in cues.whole_clauses and low[k + 1] in cues.present_after:
            rest = low[k:]
            if not set(rest) & cues.modals and all(w.isalpha() for w in rest):
                return k
    return None


def cut_long_sign(said: Sequence[str], most: int, cues: CriterionCues | None) -> list[str]:
    """The words of a sign said whole that is longer than `most`: its head of at most `most`
    words (whole, or up to its last clause join that fits: "og", a comma: "… og hjem igen med
    eftermiddagsfærgen"), then the clause kept whole that ends it ("…, uden at nogen skulle
    holde i mig"); [] when no clause join leaves a head."""
    if cues is None:
        return []
    low = [w.lower().strip(",.;:!?") for w in said]
    tail = _closing_clause(low, cues)
    kept = list(said[tail:]) if tail is not None else []
    cuts = cues.clause_cuts - cues.whole_clauses
    end = len(said) - len(kept) if kept and len(said) - len(kept) <= most else None
    end = end or next(
        (
            k
            for k in range(min(most, len(said) - len(kept) - 1), _HEAD_MIN - 1, -1)
            if low[k] in cuts or said[k - 1].endswith(",")
        ),
        None,
    )
    if end is None:
        return []
    head = [*said[:end]]
    head[-1] = head[-1].rstrip(",")
    if kept:
        head[-1] += ","
    return [*head, *kept]


def counted_durations(words: Sequence[str], lex) -> bool:
    """True when the words count a duration ("to gange tredive minutter", "to gange en halv
    time", "2 gange tre kvarter": the halves of a match, two rounds with a rest): a count of
    times right before a number and a unit of time."""
    for k in range(1, len(words) - 2):
        if lex.units.get(words[k]) != _TIMES_UNIT:
            continue
        found = number_at(words, k + 1, lex.numbers)
        if found is None or k + 1 + found[1] >= len(words):
            continue
        unit = words[k + 1 + found[1]]
        if unit in lex.unit_words:
            unit = lex.unit_words[unit][1]
        if lex.unit_kinds.get(lex.units.get(unit, unit)) == _DURATION:
            return True
    return False


def counts_only(measures, said: Sequence[str], lex) -> bool:
    """True when an answer's measures are only counts of times ("har sat mig på bænkene et par
    gange") or durations it counts ("to gange tredive minutter"): the counts of a sign told
    whole, no amount of the goal's own."""
    if not measures or any(
        m.unit != _TIMES_UNIT and lex.unit_kinds.get(m.unit) != _DURATION for m in measures
    ):
        return False
    return any(m.unit == _TIMES_UNIT for m in measures) or counted_durations(said, lex)
