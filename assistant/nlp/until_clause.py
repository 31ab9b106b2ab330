"""A time said in a "not until" clause ("kan ikke overskue noget før lyset kommer igen i
marts"): when the trouble ends, no date to reach."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.time import TimeLexicon


def _clause_word(word: str) -> bool:
    """True for a word (not a punctuation mark)."""
    return any(c.isalnum() for c in word)


def not_until_time(words: Sequence[str], start: int, lex: TimeLexicon) -> bool:
    """True when the time starting at `start` stands in a clause of its own led by a word of
    not_until_leads (not_until_gap to not_until_span words between, no wish word), after a
    negation in the same clause up to not_until_reach words before that lead."""
    lead = None
    for k in range(start - 1, max(-1, start - 2 - lex.not_until_span), -1):
        w = words[k]
        if not _clause_word(w) or w in lex.event_clause_ends or w in lex.event_wish_between:
            return False
        if words[k] in lex.not_until_leads:
            lead = k
            break
    if lead is None or start - lead - 1 < lex.not_until_gap:
        return False  # "ikke før i marts": the time itself after the lead
    for k in range(lead - 1, max(-1, lead - 1 - lex.not_until_reach), -1):
        if not _clause_word(words[k]) or words[k] in lex.event_clause_ends:
            return False
        if words[k] in lex.not_until_negations:
            return True
    return False
