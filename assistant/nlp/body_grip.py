"""A person's grip told with a grab rail's word ("se på hans greb"): no aid."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.lexicon import Lexicon


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
    k = i - 1
    while k >= 0 and words[k] in lex.grip_gap:
        k -= 1
    return k >= 0 and (words[k] in lex.grip_owners or words[k] in lex.grip_verbs)
