"""A wish that ends on what is done instead today, set against it ("… og skrive bogstaverne i
felterne selv, ikke bare sidde og sige dem til Poul", "… smøre mine madder, ikke kun vente på
hjemmeplejen"): that tail is no part of the goal and is left out of the wish's phrase.

"ikke bare …, men også …" adds to the wish instead ("ikke bare gå til købmanden men også til
bageren"): a phrase with a "men" after the contrast stays as it is.
"""

from __future__ import annotations

from assistant.content.grammar import Grammar, fold

_EDGE = ",.;:!?"
_VERB_REACH = 2  # words from "bare" to the verb of what is done instead ("bare at sidde")


def without_instead(action: str | None, lex, g: Grammar) -> str | None:
    """The wish's phrase without its tail of what is done instead ("…, ikke bare sidde og sige
    dem til Poul"); as it is when it has none."""
    if not action:
        return action
    tokens = action.split()
    bare = [fold(t.strip(_EDGE)).lower() for t in tokens]
    for k in range(2, len(tokens) - 1):
        if bare[k] not in lex.negations or bare[k + 1] not in lex.instead_leads:
            continue
        reach = bare[k + 2 : k + 2 + _VERB_REACH]
        verb = next((w for w in reach if w not in lex.instead_marks), None)
        if verb is None or not g.is_infinitive(verb) or lex.instead_adds in bare[k + 2 :]:
            continue
        while k > 1 and tokens[k - 1].strip(_EDGE).lower() in lex.fillers:
            k -= 1  # "… selv altså, ikke blot kigge på"
        return " ".join(tokens[:k]).rstrip(_EDGE)
    return action
