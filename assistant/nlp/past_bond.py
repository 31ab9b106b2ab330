"""A reason told as a bond in the past tense ("fordi Flensborg var vores by", "fordi han var
min bedste ven"): a belonging that still holds, kept whole, no past story left out."""

from __future__ import annotations

from assistant.content.grammar import bare as _b

BOND_VERB = "var"  # the copula's past: the one past verb a bond is told with
BOND_TAIL = 3  # words after the possessive: "vores by", "min bedste ven"
_LEADS = ("fordi",)  # the bond told as the reason, with its own lead


def past_bond(words: list[str], g) -> bool:
    """True for a reason led by "fordi" of one clause whose only verb is "var" right before a
    possessive and a short noun phrase ("Flensborg var vores by", "det var mit liv"); "jeg var
    syg" and "vi var gift i 50 år, og …" are a story."""
    said = [_b(w) for w in words]
    if not said or said[0] not in _LEADS:
        return False  # "Det var hans fars have. Han siger …": a story told before the reason
    said = said[1:]
    if BOND_VERB not in said[1:3] or any(w.endswith(",") for w in words):
        return False
    k = said.index(BOND_VERB)
    tail = said[k + 2 :]
    if k + 1 >= len(said) or said[k + 1] not in g.possessive_words or not tail:
        return False
    return len(tail) <= BOND_TAIL and not any(g.is_past(w) or g.is_present(w) for w in tail)
