"""Today's habit a trouble leads to ("kødet vil ikke ned, så jeg spiser bare suppe hver dag"):
the rhythm of a consequence clause in a difficulty, no goal frequency."""

from __future__ import annotations

from collections.abc import Sequence

HABIT_REACH = 8  # words searched back from the frequency for "så <subject>"


def consequence_habit(words: Sequence[str], start: int, lex) -> bool:
    """True for a frequency at `start` in a clause "så <subject> <verb> …" with no modal, wish
    verb or negation between ("så hun sidder hjemme hver dag"); "så jeg skal træne hver dag"
    and "så jeg vil gerne …" keep theirs."""
    mot = lex.motivation
    stops = lex.wish_verbs | frozenset(lex.classes.get("modal", ())) | mot.negations
    for k in range(start - 1, max(0, start - HABIT_REACH) - 1, -1):
        w = words[k]
        if w in stops or w in lex.clause_breaks or w == ",":
            return False
        if w in mot.so_words:
            return k + 1 < start and words[k + 1] in mot.so_subjects
    return False
