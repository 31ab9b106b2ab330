"""Today's limit behind a lack ("han kan ikke længere tage opvasken …, han kan kun stå fem
minutter ad gangen"): in a difficulty, an amount after "kan kun"/"kan højst" said after the
activity the person can no longer do tells why, no level to reach, so it is no measure. A limit
said alone ("min mand kan kun sove to timer ad gangen"), or of the verb lacked ("kan ikke sove
om natten, kan kun sove to timer"), is the difficulty itself and stays."""

from __future__ import annotations

from collections.abc import Sequence

LACK_GAP = 2  # words between "kan" and its negation ("kan jo ikke", "kan altså ikke")
LIMIT_VERB = 2  # words of the limit's verb before its amount ("kan kun holde til ti minutter")
LACK_VERB = 2  # words after the negation searched for the lacked verb ("ikke længere sove")


def limit_behind_lack(words: Sequence[str], start: int, lex) -> bool:
    """True for an amount at `start` right after one of limit_modals and one of limit_leads
    ("kan kun stå fem minutter"), two words of the limit's own verb between at most, with a
    negated "kan" of another verb earlier in the words ("kan ikke længere tage opvasken")."""
    reach = range(start - 1, max(0, start - 2 - LIMIT_VERB), -1)
    lead = next((k for k in reach if words[k] in lex.limit_leads), None)
    if lead is None or words[lead - 1] not in lex.limit_modals:
        return False
    verb = words[lead + 1] if lead + 1 < start else None
    return any(
        words[k] in lex.limit_modals
        and any(w in lex.negations for w in words[k + 1 : k + 1 + LACK_GAP])
        and verb not in words[k + 1 : k + 1 + LACK_GAP + LACK_VERB]  # "kan ikke sove … kun sove"
        for k in range(lead - 1)
    )
