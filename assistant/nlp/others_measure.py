"""A duration told before the wish in someone else's clause is theirs, no goal measure.

"Nu kommer hjemmehjælpen hver anden uge med en våd klud, og så er de gået igen efter et kvarter
… jeg vil gerne selv kunne vaske mine gulve": "et kvarter" is how long the home help stays, the
story's; the measure of the wish is asked for. The clause of the amount (from the last clause
break or comma before it) has someone else as its subject: a person named (not the one a
relative speaks about) or one of frequency.yaml `others_time_subjects`, and no "jeg" of the
speaker's own. A person's prescription ("fysioterapeuten siger tyve minutter") is the citizen's
measure and stays, and so does a distance ("min datter bor 3 km væk": the way there).
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.clauses import SENTENCE_ENDS
from assistant.nlp.habits import prescribed

_HOUR = "time"  # a duration unit (units.yaml unit_kinds)


def others_measure(
    words: Sequence[str],
    m,
    wish_at: int | None,
    mentions: Sequence[tuple[str, int]],
    about: str | None,
    perspective: str,
    lex,
) -> bool:
    """True for the measure `m` said before the wish at `wish_at`, in a clause whose subject is
    someone other than the speaking citizen (see the module)."""
    if perspective != "self" or wish_at is None or m.start >= wish_at:
        return False
    if lex.unit_kinds.get(m.value.unit) != lex.unit_kinds.get(_HOUR):
        return False  # "min datter bor 3 km væk": the way to her, when the wish goes there
    ends = lex.clause_breaks | SENTENCE_ENDS | {","}
    opener = next((k + 1 for k in range(m.start - 1, -1, -1) if words[k] in ends), 0)
    clause = range(opener, m.start)
    if any(words[k] in lex.couple_self or words[k] in lex.speaker_group for k in clause):
        return False  # "jeg kan kun gå fem minutter", "vi gik en time": the citizen's own
    if prescribed(words, opener, m.start, lex):
        return False  # "lægen siger tyve minutter om dagen": the citizen's to reach
    named = {i for p, i in mentions if p != about}
    return any(k in named or words[k] in lex.others_time_subjects for k in clause)
