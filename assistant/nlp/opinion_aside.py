"""Someone else's opinion told right after a wish without punctuation: "… i træningscentret igen
med de andre terapeuten mener han er klar", "… køre bil selv igen lægen siger måske til sommer",
"… synge i koret igen min datter siger jeg skal".

A person (a role or kin of the people lexicon, with its possessive) followed by a verb of saying
or thinking (`advice_verbs`, after a perfect auxiliary too: "lægen har sagt") starts a statement
of its own: the wish's own phrase ends before it. After a lead ("gøre hvad lægen siger") or a
relative head ("det lægen siger", "de øvelser lægen siger") the clause belongs to the wish.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.content.grammar import Grammar
from assistant.nlp.phrase import run_on_leads


def opinion_aside_at(words: Sequence[str], i: int, lex, g: Grammar) -> bool:
    """True when another person's opinion starts at words[i] (its possessive included)."""
    if i < 2:
        return False
    k = i + 1 if words[i] in g.possessive_words else i
    if k + 1 >= len(words) or words[k] not in lex.people:
        return False
    if words[i - 1] in run_on_leads(g) or words[i - 1] in lex.advice_verbs:
        return False
    head = words[i - 1] if words[i - 1] not in g.others_words else ""
    if head in g.run_on_relative_heads or words[i - 2] in g.run_on_relative_heads and head:
        # "gøre det lægen siger", "lave de øvelser lægen siger": a relative clause without
        # "som"; "med de andre lægen siger …" is none
        return False
    said = words[k + 1]
    if said in g.perfect_auxiliaries and k + 2 < len(words):
        said = words[k + 2]  # "lægen har sagt …"
    return said in lex.advice_verbs
