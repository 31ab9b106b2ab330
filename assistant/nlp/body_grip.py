"""A person's grip told with a grab rail's word ("se på hans greb"), or a way of holding taught
("hun viste mig nogle greb"): no aid."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import Lexicon
from assistant.nlp.wordscan import skip_back


def persons_grip(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for a grip word of body_grips at `i` that is a person's grip: after a possessive
    (past grip_gap words: "hans greb", "mit svage greb") or a verb of grip_verbs ("træne
    grebet"), before "i" and a hand ("grebet i højre hånd"), or told how strong ("et svagt
    greb"); not one told where it is ("mit greb ved toilettet")."""
    if words[i] not in lex.body_grips:
        return False
    after = words[i + 1 : i + 3]
    if after[:1] and after[0] in lex.grip_places:
        return False
    if len(after) == 2 and after[1] in lex.grip_hands and after[0] not in lex.grip_places:
        return True
    if i and words[i - 1] in lex.grip_strengths:
        return True  # "hun har et svagt greb"
    if _strength_after(words, i, lex):
        return True  # "greb. dårligt.", "grebet er ikke så godt"
    if _taught_way(words, i, lex):
        return True  # "ergoterapeuten har vist mig nogle greb"
    k = skip_back(words, i - 1, lex.grip_gap)
    return k >= 0 and (words[k] in lex.grip_owners or words[k] in lex.grip_verbs)


#: Words after a grip word its strength may be told past ("grebet er ikke så godt").
STRENGTH_REACH = 4


def _strength_after(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for a grip word told how strong after it, past marks and grip_state_links ("greb.
    dårligt.", "grebet er blevet svagt")."""
    for w in words[i + 1 : i + 1 + STRENGTH_REACH]:
        if w in lex.grip_strengths:
            return True
        if w.isalpha() and w not in lex.grip_state_links:
            return False
    return False


def _taught_way(words: Sequence[str], i: int, lex: Lexicon) -> bool:
    """True for the grip word at `i` said as a way of holding: after a word of grip_ways ("et
    par smarte greb") or a verb of grip_teachers ("vist mig greb"), past grip_gap, grip_ways and
    grip_taught words; not before one of grip_way_not_before ("nogle greb i badet", "sat nogle
    greb op")."""
    if i + 1 < len(words) and words[i + 1] in lex.grip_way_not_before:
        return False
    passed = lex.grip_gap | lex.grip_ways | lex.grip_taught
    k = i - 1
    while k >= 0 and words[k] in passed:
        if words[k] in lex.grip_ways:
            return True
        k -= 1
    return k >= 0 and words[k] in lex.grip_teachers
