"""A subject of the citizen and someone else joined by "og": "så har hun og Else noget at snakke
om", "fordi jeg og min veninde går derhen". The pair is the clause's subject as a whole (the
pronoun alone would leave "og Else" behind it); written with the citizen last, as Danish says
it politely: "Else og jeg har noget at snakke om", "min veninde og jeg går derhen".
"""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def paired_subject(words: list[str], g: Grammar) -> int:
    """The number of words of a subject pronoun joined by "og" to a name or an owned person
    ("hun og Else" 3, "hun og hendes veninde" 4) at the start of `words`; 0 when none is."""
    if len(words) < 3 or words[0][-1:] in EDGE or _b(words[1]) != g.and_word:
        return 0
    if _b(words[0]) not in g.subject_pronouns | g.citizen_pronouns:
        return 0
    other = words[2].strip(EDGE)
    if _b(words[2]) in g.possessive_words and words[2][-1:] not in EDGE and len(words) > 3:
        return 4 if words[3].strip(EDGE).isalpha() else 0  # "hun og hendes veninde"
    named = other[:1].isupper() and other.isalpha()
    return 3 if named and _b(other) not in g.subject_pronouns | g.function_words else 0


def citizen_last(subject: list[str], g: Grammar) -> list[str]:
    """A paired subject the citizen opens ("jeg og Else") with the citizen last ("Else og jeg");
    any other subject as it is."""
    if len(subject) < 3 or _b(subject[0]) != g.self_subject or _b(subject[1]) != g.and_word:
        return subject
    tail = subject[-1][len(subject[-1].rstrip(EDGE)) :]
    return [*subject[2:-1], subject[-1].rstrip(EDGE), g.and_word, g.self_subject + tail]
