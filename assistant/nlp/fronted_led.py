"""A clause that fronts a phrase before its finite verb and its subject ("uden kortene bliver jeg
en gammel kone", "om morgenen har jeg mest ondt"): after "og at" in a told reason it is a second
clause of its own, led as the clause before it is (compose._second_clause_led)."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b

_REACH = 5  # words of the fronted phrase before its verb ("uden kortene", "om morgenen i haven")


def fronted_clause_at(words: list[str], k: int, g: Grammar) -> bool:
    """True when a clause opening with a phrase of second_clause_fronted_leads, then its finite
    verb and its subject, starts at k ("uden kortene bliver jeg …"); "uden at skulle …" or a
    phrase with no verb and subject after it is none."""
    if k >= len(words) or _b(words[k]) not in g.second_clause_fronted_leads:
        return False
    for j in range(k + 1, min(k + 1 + _REACH, len(words) - 1)):
        if words[j - 1][-1:] in EDGE or _b(words[j]) in g.infinitive_markers:
            return False
        finite = g.is_present(words[j]) or g.is_past(words[j]) or _b(words[j]) in g.modals
        if finite and _b(words[j + 1]) in g.subject_pronouns:
            return True
    return False
