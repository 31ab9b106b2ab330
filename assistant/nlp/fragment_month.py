"""A month's part and its month typed as two fragments ("slut. marts.", "midt. april"): the
part is read with the month as if said together ("slut marts": 31 March)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from assistant.content.time import TimeLexicon
from assistant.nlp.dates import DeadlineMatch, find_deadline
from assistant.nlp.memo import once

_STOPS = frozenset({".", "!"})


def fragment_month(
    words: Sequence[str], found: DeadlineMatch | None, today: date, lex: TimeLexicon
) -> DeadlineMatch | None:
    """`found`, or when none was read the deadline of a one-word month lead (month_lead_ins:
    "slut", "midt", "start") closed by a full stop and followed by a month name, its span over
    both fragments."""
    if found is not None:
        return found
    leads = once(lex, "fragment_month_leads", _one_word_leads)
    if leads.isdisjoint(words):
        return None  # no lead said (most utterances): one test in C, no loop
    for i in range(len(words) - 2):
        if words[i] not in leads or words[i + 1] not in _STOPS or words[i + 2] not in lex.months:
            continue
        if i > 0 and words[i - 1] not in _STOPS:
            continue  # the lead's own fragment: "det er slut. marts" is no month's part
        said = find_deadline([words[i], *words[i + 2 :]], today, lex)
        if said is not None and said.start == 0:
            return DeadlineMatch(said.date, i, said.end + 1 + i)
    return None


def _one_word_leads(lex: TimeLexicon) -> frozenset[str]:
    """The month leads of one word ("slut", "midt"), made once per lexicon."""
    return frozenset(lead[0] for lead in lex.month_leads if len(lead) == 1)
