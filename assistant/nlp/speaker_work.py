"""Where the one speaking works ("Jeg er natte vagt i hjemmeplejen", "jeg er aften vagt i
hjemmeplejen", "jeg arbejder i hjemmeplejen"): the workplace is said of the speaker, as "jeg er
fra hjemmeplejen" is, and names nobody of the goal's network.

The person word (an organisation of the people lexicon) stands right after one of
`workplace_preps`; before that comes one of `speaker_work_leads` ("jeg arbejder", "jeg er
ansat"), or one of `speaker_leads` ("jeg er", "jeg var") with the speaker's job between, a few
words at most.
"""

from __future__ import annotations

from collections.abc import Sequence

JOB_WORDS = 3  # words of the speaker's job between "jeg er" and the workplace ("aften vagt")


def speaker_workplace(words: Sequence[str], i: int, lex) -> bool:
    """True for the person word at i said as where the speaker works."""
    if i < 2 or words[i - 1] not in lex.workplace_preps:
        return False
    k = i - 1
    if any(tuple(words[max(0, k - len(lead)) : k]) == lead for lead in lex.speaker_work_leads):
        return True  # "jeg arbejder i hjemmeplejen"
    for j in range(k - 1, max(0, k - 1 - JOB_WORDS), -1):
        if not words[j].isalpha():
            return False
        if any(tuple(words[max(0, j - len(lead)) : j]) == lead for lead in lex.speaker_leads):
            return True  # "jeg er nattevagt i hjemmeplejen"
    return False
