"""A frequency judged wrong in the words right after it ("hver dag passer ikke.", "to gange om
ugen går ikke, …", "hver dag er ikke rigtigt"): the person turns that value down, so it is no
value of the goal; the next frequency said (or none) is. The judgement must end its clause
there: "hver dag går ikke så godt" tells how it goes, not that the rhythm is wrong."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import Lexicon


def judged_off(words: Sequence[str], end: int, lex: Lexicon) -> bool:
    """True when the frequency ending before word `end` is judged wrong right after it, the
    judgement closing its clause (a punctuation mark, "men" or the end of the words)."""
    k = end + 1 if end < len(words) and words[end] == "," else end  # "hver dag, det går ikke"
    closers = lex.clause_breaks | {","}  # "går ikke så langt" goes on: no judgement
    for said in lex.freq_judged_off:
        stop = k + len(said)
        if tuple(words[k:stop]) != said:
            continue
        rest = [w for w in words[stop:] if w not in lex.fillers]
        if not rest or rest[0] in closers or not rest[0][:1].isalnum():
            return True
    return False
