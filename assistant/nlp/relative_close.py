"""A wish's phrase that ends in a relative clause ("… til det lille oldebarn der kommer til
maj") has it set off by commas when more of the goal follows, so a frequency or an aid after it
is no part of that clause."""

from __future__ import annotations

from assistant.content.grammar import bare
from assistant.nlp.grammar import definite_noun

_MARKS = ",;:.!?"


def closed_relative(head: str, g) -> str:
    """The head with its last relative clause between commas ("til det lille nye oldebarn, der
    kommer til maj,"): a relative lead after a noun or a name and a verb of the present after
    it, with no mark after the lead; the head as it is when it ends otherwise."""
    words = head.split()
    for k in range(len(words) - 2, 0, -1):
        if words[k][-1:] in _MARKS:
            return head
        if bare(words[k]) not in g.relative_leads or not g.is_present(words[k + 1]):
            continue
        before = words[k - 1]
        if before[-1:] in _MARKS:
            return head + ","  # "oldebarnet, der kommer til maj": its first comma said
        noun = g.noun_kind(before) or g.is_noun_form(before) or definite_noun(before, g)
        if not (noun or before[:1].isupper()):
            return head
        return " ".join([*words[: k - 1], before + ",", *words[k:]]) + ","
    return head


def closes_relative(head: str, g) -> bool:
    """True when the head's last comma closes a relative clause set off before it ("… oldebarn,
    der kommer til maj, i en halv time ad gangen"): what follows is no list of things."""
    before, comma, _after = head.rpartition(",")
    return bool(comma) and closed_relative(before, g) == before + "," and "," in before
