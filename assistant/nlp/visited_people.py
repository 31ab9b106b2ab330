"""A person one goes to for a service, said only as the place: no person in the network."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.clauses import SENTENCE_ENDS


def visited_only(words: Sequence[str], i: int, lex) -> bool:
    """True for a word of visited_people said as where one goes or has an appointment: right
    after a visited_leads word, or after another place of visited_places in a list after one
    ("aftaler hos frisøren og fodterapeuten"), or alone as a sentence of its own
    ("fodterapeuten. hver 14. dag."). Said as the one who acts ("fodterapeuten kommer kun hver
    sjette uge") she is named."""
    if words[i] not in lex.visited_people:
        return False
    if i > 0 and words[i - 1] in lex.visited_leads:
        return True
    if i > 2 and words[i - 1] in lex.visited_list_joins and words[i - 3] in lex.visited_leads:
        return words[i - 2] in lex.visited_places  # "hos frisøren og fodterapeuten"
    alone_before = i == 0 or words[i - 1] in SENTENCE_ENDS
    return alone_before and (i + 1 == len(words) or words[i + 1] in SENTENCE_ENDS)
