"""One person said twice in an apposition ("Min morfar, altså hans søn Jørgen, kører ham"): the
second person word says who the person is to the one the goal is for, the first is no one more.

A relative writes of her own grandfather who is the citizen's son; the goal's people hold the
son once, not a "morfar" beside him.
"""

from __future__ import annotations

from collections.abc import Sequence


def restated_person(words: Sequence[str], i: int, lex) -> bool:
    """True for the person word at `i` that a comma, one of `lex.restated_person_leads`, a
    possessive at most (and words such as "gamle") and another person word say again ("min
    morfar, altså hans søn", "min svoger, nemlig hendes bror"); "min søn, min datter og …" (a
    list) and "min morfar, altså han kører" (no person after) stay."""
    k = i + 1
    if k + 2 >= len(words) or words[k] != "," or words[k + 1] not in lex.restated_person_leads:
        return False
    k += 2
    while k < len(words) and words[k] in lex.restated_person_leads:
        k += 1  # "altså nemlig hans søn"
    if k < len(words) and words[k] in lex.possessives:
        k += 1
    while k < len(words) and words[k] in lex.named_kin_gap:
        k += 1
    return k < len(words) and words[k] in lex.people
