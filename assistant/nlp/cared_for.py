"""The ones another person looks after: "pædagogen Mette sørger for, at børnene sidder stille",
"hun passer på at de små ikke løber ud". The subject of the "at" clause after a phrase of
looking after (`care_leads`) is cared for, no helper of the citizen's; owned ("… sørger for at
min kone kommer med") she is named as said.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.wordscan import skip_back


def cared_for(words: Sequence[str], i: int, lex) -> bool:
    """True when the person word at i opens the "at" clause of one of `care_leads`, past words
    of `care_gap` at most ("sørger for, at (de) børnene …")."""
    if not lex.care_leads:
        return False
    k = skip_back(words, i - 1, lex.care_gap)
    if k < 1 or words[k] != lex.motivation.purpose_marker:
        return False
    k -= 1
    if words[k] == ",":
        k -= 1
    return any(
        len(lead) <= k + 1 and tuple(words[k + 1 - len(lead) : k + 1]) == lead
        for lead in lex.care_leads
    )
