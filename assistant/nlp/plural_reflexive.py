"""A second language's reflexive possessive after a plural subject is "deres": "fordi børn må
ikke glemme sit sprog og sit land" → "… glemme deres sprog og deres land". Only the clause whose
subject is the plural (reason_people_plurals, a definite plural of them, "de") is written so;
"sin"/"sit"/"sine" after a singular subject ("min datter passer sit arbejde") stays."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def plural_reflexives(words: list[str], g: Grammar) -> list[str]:
    """`words` (a reason's clause, its subject first) with sin/sit/sine made the plural owner's."""
    if not g.plural_owner or not words:
        return words
    k = 1 if len(words) > 1 and _b(words[0]) in g.possessive_words else 0
    if not _plural(_b(words[k].rstrip(EDGE)), g):
        return words
    reflexive = {_b(p) for row in g.possessives if _b(row[0]) in g.reflexive_owners for p in row}
    out = list(words)
    for i in range(k + 1, len(out)):
        if out[i - 1][-1:] in EDGE:
            break  # the clause ends
        core = out[i].rstrip(EDGE)
        if _b(core) in reflexive and core.islower():
            out[i] = g.plural_owner + out[i][len(core) :]
    return out


def _plural(word: str, g: Grammar) -> bool:
    """True for a plural subject: a plural of people ("børn", "børnene", "vennerne") or "de"."""
    if word in g.reason_people_plurals or word in g.plural_subject_pronouns:
        return True
    return any(word.endswith(end) and word[: -len(end)] in g.reason_people_plurals for end in _ENDS)


_ENDS = ("ene", "ne")  # the definite plural's ending after the plural: "børn-ene", "venner-ne"
