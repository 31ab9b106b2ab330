"""The errand wins over the vehicle: "jeg kører selv ned i Rema på min el-scooter to gange om
ugen og handler ind" is shopping, the scooter only the way there. A ride (one of `travel_verbs`)
whose sentence goes on, after a soft clause break ("og"), to a task its own words name firmly
(a phrase or a verb cue: "handler ind", "henter min medicin") is that task's, when the ride's
activity (`travel_activity`) won. A task of `way_purposes` at the end of the ride (company,
leisure: "tage bussen ind og besøge min søster") leaves the ride the point, as for a wish
(extract._way_trained); a ride said alone ("jeg kører selv på min scooter ned til byen") stays
the ride.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

ERRAND_MIN = 3.0  # the score of a task's own verb cue ("handler") or phrase


def errand_of_ride(
    words: Sequence[str],
    lemmas: Sequence[str],
    act: str | None,
    lex,
    names: Callable[[int, int], tuple[str | None, float]],
) -> str | None:
    """The activity of the errand a ride goes on to (see the module), else None. `names(lo,
    hi)`: the activity the words of that span name most strongly, with its score."""
    travel = lex.travel_activity
    if not travel or act != travel:
        return None
    ride = next((k for k, lemma in enumerate(lemmas) if lemma in lex.travel_verbs), None)
    if ride is None:
        return None
    ways = {travel, lex.motion_activity} | lex.capacity_activities | lex.way_purposes
    ends = lex.clause_breaks | lex.soft_clause_breaks | {","}
    for k in range(ride + 1, len(words)):
        if words[k] in lex.clause_breaks or words[k] == ",":
            return None  # the ride's sentence or clause ends with no errand
        if words[k] not in lex.soft_clause_breaks:
            continue
        hi = next((j for j in range(k + 1, len(words)) if words[j] in ends), len(words))
        found, score = names(k + 1, hi)
        if found is not None and found not in ways and score >= ERRAND_MIN:
            return found
    return None
