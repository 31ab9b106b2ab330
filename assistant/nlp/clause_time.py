"""A when-clause that says again the time the frequency says ("hver fredag aften, når han sover
her fredag aften"): the goal writes the time once, in the frequency, and the clause without it
("hver fredag aften, når han sover her")."""

from __future__ import annotations

from assistant.content.grammar import Grammar, fold

_STEM = 4  # letters that tell a time word by its start ("fredagen" is "fredag")
_CLAUSE_MIN = 3  # a clause keeps its lead, subject and verb ("når han sover")


def _word(w: str) -> str:
    return fold(w.strip(",.;:")).lower()


def clause_without_time(clause: str, how_often: str, g: Grammar) -> str:
    """The clause without the run of the frequency's time words it says again (and the "om"
    before them); as it is when it says no such run or too little would be left."""
    every = how_often.split()
    if len(every) < 2 or _word(every[0]) not in g.time_of_day_every:
        return clause
    times = [_word(w)[:_STEM] for w in every[1:]]
    words = clause.split()
    n = len(times)
    for k in range(len(words) - n + 1):
        if [_word(w)[:_STEM] for w in words[k : k + n]] != times:
            continue
        start = k - 1 if k and _word(words[k - 1]) in g.time_of_day_leads else k
        if start and _word(words[start - 1]) in g.cleft_verbs:
            return clause  # "når det er fredag": the time is what the clause says
        mark = words[k + n - 1][len(words[k + n - 1].rstrip(",.;:")) :]
        kept = [*words[:start], *words[k + n :]]
        if len([w for w in kept if _word(w)]) < _CLAUSE_MIN:
            return clause
        if mark and start and not kept[start - 1].endswith(mark):
            kept[start - 1] += mark  # "… hjem mandag, og": "… hjem, og"
        return " ".join(kept)
    return clause
