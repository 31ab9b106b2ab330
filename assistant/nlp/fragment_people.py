"""People typed among things in one-word fragments ("stok. datter.", "rollator. søn. hjælper.
nabo.") are no things: the fragments of a person, and a verb typed right after one (their part:
"hjælper", "kører"), are left out of what is read as things; the people are read by the people
rules (nlp/people_roles.py), never as aids.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.content.grammar import EDGE, Grammar

_MARK = re.compile(r"([.;!?]+(?:\s+|$))")


def without_people(text: str, person: Callable[[str], bool], g: Grammar) -> str:
    """The text without its one-word fragments that name a person, each with a verb typed as
    the next fragment (see the module); the text as said when it has none."""
    pieces = _MARK.split(text.strip())
    said = [
        (pieces[k], pieces[k + 1] if k + 1 < len(pieces) else "") for k in range(0, len(pieces), 2)
    ]
    out: list[str] = []
    after_person = False
    for part, mark in said:
        words = [w.strip(EDGE) for w in part.split() if w.strip(EDGE)]
        word = words[0].lower() if len(words) == 1 else ""
        if word and word.isalpha() and person(word):
            after_person = True
            continue
        if after_person and word and (g.is_present(word) or g.is_bare_infinitive(word)):
            after_person = False
            continue  # "datter. hjælper.": her part, no thing
        after_person = False
        if part.strip():
            out.append(part.strip() + mark.strip())
    return " ".join(out) if len(out) < len([p for p, _m in said if p.strip()]) else text
