"""A helper the wish names already ("komme til kampene sammen med mit barnebarn"): the goal's
"med hjælp fra …" would say the same person twice, so it is left out."""

from __future__ import annotations

import re

from assistant.content.grammar import Grammar, fold


def helper_in_phrase(person: str, phrase: str, action: str, g: Grammar) -> bool:
    """True when the own phrase `action` names `person` (their lemma or name, its definite form,
    or the last word of their goal phrase `phrase`, "mit barnebarn") as a word of its own."""
    said = set(re.findall(r"\w+", fold(action).lower()))
    forms = {person, g.definite_singular(person) or person, *phrase.split()[-1:]}
    return any(fold(str(f)).lower() in said for f in forms if f)
