"""A word typed without æøå that is one slip from a real word's typing ("indkoerselen" for
"indkoerslen": indkørslen, "vaerkstdet": værkstedet): the real word, before the typed letters
are restored part by part into a non-word ("indkør" + "selen" → "indkørselen"). Read by the
speller's word() for an unknown word; the tables and the slips are the speller's. Also the
first part of a typed compound whose typing is another word ("doer", toilets, in "doerkarme"):
the noun whose definite form is restored ("doeren": døren), so "dørkarme"."""

from __future__ import annotations

from collections.abc import Callable, Iterable

_MIN_TYPED = 8  # shortest typed word read so: short ones meet other real words one slip away
_RARER = 10  # of two words, the one this many times as common wins (the speller's RARER)
_MIN_HEAD = 4  # shortest first part of a compound read as two words ("række" + "hus")
_MIN_TAIL = 3  # shortest last part so
_LINKS = "es"  # a compound's linking letters ("sommerhus" + "e", "rygning" + "s")
_DEFINITE = ("en", "et")  # the definite endings of a noun's singular


def typed_near(
    sp,
    lower: str,
    near: Iterable[str],
    trusted: Callable[[str, str], bool],
    compound: Callable[[str], str | None],
) -> str | None:
    """The one real word an unknown word typed with ae, oe or aa is when one slip from a typing
    the restore table holds: a letter left out, one too many or two neighbours swapped. Of
    several, the everyday or the NLP's own words only, and then one _RARER times as common as
    the next; None when none or no one wins. `near`: the word's slips (spelling.slips);
    `trusted(lower, slip)`: whether a slip that plain is trusted; `compound(lower)`: the word
    restored part by part, which wins when it is two everyday words ("række" + "hus")."""
    if len(lower) < _MIN_TYPED or not lower.isalpha():
        return None
    restored = compound(lower)
    if restored and _two_words(sp, restored):
        return None  # "raekkehus": rækkehus, a real compound, no slip of "rækkehuse"
    found = {sp.restore[t] for t in near if t in sp.restore and trusted(lower, t)}
    if len(found) > 1:
        found = {w for w in found if w in sp.common or w in sp.vocab}
    if len(found) == 1:
        return found.pop()
    ranked = sorted((sp.common[w], w) for w in found if w in sp.common)
    if len(ranked) > 1 and ranked[1][0] >= _RARER * (ranked[0][0] + 1):
        return ranked[0][1]
    return None


def _two_words(sp, word: str) -> bool:
    """True when a restored word is two everyday or NLP words joined ("række" + "hus",
    "sommerhus" + "området"), the first of _MIN_HEAD letters at least, a linking letter kept."""
    for k in range(_MIN_HEAD, len(word) - _MIN_TAIL + 1):
        head, tail = word[:k], word[k:]
        if _known(sp, tail) and (
            _known(sp, head) or (head[-1] in _LINKS and _known(sp, head[:-1]))
        ):
            return True
    return False


def _known(sp, part: str) -> bool:
    """True for an everyday word or one of the NLP's own."""
    return part in sp.common or part in sp.vocab


def definite_head(part: str, restore: dict[str, str]) -> str | None:
    """The restored noun a compound's typed first part is when the restore table holds its
    definite form ("doer": "doeren" → "døren", so "dør"); None otherwise."""
    for ending in _DEFINITE:
        found = restore.get(part + ending)
        if found and found.endswith(ending) and found[: -len(ending)] != part:
            return found[: -len(ending)]
    return None
