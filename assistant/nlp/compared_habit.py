"""A frequency said as a comparison with how it has always been ("så vi kan køre til Sverige til
påske ligesom hvert år", "ligesom vi plejer hver sommer", "som hvert år") names the past habit
the wish is like, no rhythm of the goal (nlp/frequency.yaml comparison_leads)."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.wordscan import skip_back


def compared_habit(words: Sequence[str], start: int, lex) -> bool:
    """True when the frequency at `start` follows one of lex.comparison_leads with only words
    of lex.comparison_gap between ("ligesom vi plejer hvert år"), or right after one of
    lex.comparison_next ("som hvert år")."""
    if start and words[start - 1] in lex.comparison_next:
        return True
    k = skip_back(words, start - 1, lex.comparison_gap)
    return k >= 0 and words[k] in lex.comparison_leads
