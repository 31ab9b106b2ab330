"""A relative's answer to why that stays out of the goal sentence (a past "torsdag var ugens
bedste dag"), kept for staff in the citizen's first person like the goal: han/hun/hendes said
as jeg/min in each sentence, the lead that quotes the citizen too ("Hun siger, at …" → "Jeg
siger, at …", which keeps the clauses' order whole). An
answer in which the relative speaks of themself ("jeg", "mig", "vi") stays as said: whose
"jeg" is whose would be lost."""

from __future__ import annotations

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b
from assistant.nlp.reason import _as_citizen, sentences


def relatives_words_first_person(text: str, g: Grammar) -> str | None:
    """The answer as above, or None when it is to stay as said."""
    said = [t.strip() for t in sentences(text) if t.strip()]
    own = g.speaker_self | g.staff_self
    if not said or any(_b(w) in own for t in said for w in t.split()):
        return None
    if not any(_b(w) in g.citizen_pronouns | g.citizen_possessives for w in text.split()):
        return None  # nothing said of the citizen in third person
    # "Hun siger, at …, og at hun …": "Jeg siger, at …, og at jeg …", its clause order kept
    return " ".join(" ".join(_as_citizen(told.split(), g)) for told in said)
