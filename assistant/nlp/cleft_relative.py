"""A cleft's relative clause belongs to it: "fordi det altid har været mig, der var der for dem
alle sammen" is one clause, its "der var" no story of the past run on after a comma ("det er mit
frirum, det var der min kone og jeg havde det bedst" is one)."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b

_CLEFT_REACH = 6  # words from the cleft's "det" to the comma before its relative lead


def cleft_relative_at(words: Sequence[str], k: int, g: Grammar) -> bool:
    """True when words[k] is a relative lead right after a comma that closes a cleft's focus:
    "det" (its adverbs, "har"), "er"/"var"/"været", then the focus ("mig", "min søster")."""
    if k < 3 or _b(words[k]) not in g.relative_leads or words[k - 1][-1:] != ",":
        return False
    verbs = g.cleft_verbs | g.cleft_perfect_verbs
    for j in range(max(0, k - _CLEFT_REACH), k - 1):
        if _b(words[j]) not in g.comment_subjects or words[j][-1:] in ".,;:!?":
            continue
        between = [_b(w.rstrip(",")) for w in words[j + 1 : k]]
        at = next((n for n, w in enumerate(between) if w in verbs), None)
        if at is None or at == len(between) - 1 or "," in "".join(words[j + 1 : k - 1]):
            continue
        return _focus(between[at + 1 :], words[k - 1], g)
    return False


def past_in_cleft(words: Sequence[str], i: int, g: Grammar) -> bool:
    """True for a past verb that tells no past of the reason: right after the relative lead of
    a cleft in the present or perfect ("det har altid været mig, der var der for dem"), or in a
    clause of since when ("lige fra de blev født")."""
    if (
        i >= 2
        and _b(words[i - 2]) in g.since_clause_leads
        and _b(words[i - 1]) in g.run_on_subjects
    ):
        return words[i - 2][-1:] not in ".,;:!?"
    if i < 1 or not cleft_relative_at(words, i - 1, g):
        return False
    before = [_b(w.rstrip(",")) for w in words[max(0, i - 1 - _CLEFT_REACH) : i - 1]]
    return not any(w in g.cleft_verbs and g.is_past(w) for w in before)


def _focus(said: list[str], last: str, g: Grammar) -> bool:
    """True for a cleft's focus: a pronoun of cleft_focus, a name, or a noun phrase opened by an
    article or a possessive ("min søster"); no adjective ("det er hyggeligt, der var …")."""
    said = [w for w in said if w not in g.cleft_particles]
    if len(said) == 1:
        return said[0] in g.cleft_focus or (last[:1].isupper() and last[:-1].isalpha())
    owners = {_b(w) for row in g.possessives for w in row}
    return bool(said) and (said[0] in g.articles or said[0] in owners)
