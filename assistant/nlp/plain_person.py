"""A person word typed without æøå that is also another word ("lagen": the doctor typed
plainly, or a bed sheet): the person only where it is said as one.

"men lagen skal godkende det forst", "hos lagen", "ringe til lagen" name the doctor; "et rent
lagen", "lagen skal skiftes" are the sheet (content/<lang>/nlp/people.yaml `plain_people`).
"""

from __future__ import annotations

from collections.abc import Sequence


def person_words(words: Sequence[str], lex) -> list[str]:
    """`words` with each word of `plain_people` said as a person put as the person word it
    stands for ("lagen" → "lægen"), for finding the people named; the rest as said."""
    out = list(words)
    for i, w in enumerate(words):
        person = lex.plain_people.get(w)
        if person is not None and _said_as_person(words, i, lex):
            out[i] = person
    return out


def _said_as_person(words: Sequence[str], i: int, lex) -> bool:
    """True for the word at i right after a lead ("hos lagen"), or before a verb a person does
    ("lagen siger"), with no determiner before it ("et lagen") and no passive after the verb
    ("lagen skal skiftes")."""
    before = words[i - 1] if i else ""
    things = lex.person_determiners | lex.owners
    if any(w in things for w in words[max(0, i - 2) : i]):
        return False  # "et rent lagen", "mit lagen"
    if before in lex.plain_person_leads:
        return True
    if i + 1 >= len(words) or words[i + 1] not in lex.plain_person_verbs:
        return False
    then = words[i + 2] if i + 2 < len(words) else ""
    return not any(then.endswith(e) and len(then) > len(e) + 2 for e in lex.passive_endings)
