"""Help read only from company: "komme til hjemmekampene igen sammen med mit barnebarn" names
whom one goes with; whether an aid or a helper is the way is still to be asked.

The reading stays med_hjaelp (a "ved ikke" to the question keeps it); the dialogue asks how one
will manage when no other cue than a company word ("sammen") says help.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.nlp import clauses


def help_by_company(
    how: str | None,
    words: Sequence[str],
    matches: Sequence[tuple[str, int, int]],
    company_words: frozenset[str],
    decide: Callable[[list[tuple[str, int, int]]], str | None],
) -> bool:
    """True when help was read only from company ("sammen med min datter"): without the cues
    that open on a company word the utterance says no help (`decide` reads the rest), and it
    says nothing one cannot do alone ("… jeg kan ikke gøre det alene")."""
    if how != clauses.HELP or any(m[0] == clauses.HELP_NEEDED for m in matches):
        return False
    rest = [m for m in matches if words[m[1]] not in company_words]
    if len(rest) == len(matches):
        return False
    return decide(rest) != clauses.HELP
