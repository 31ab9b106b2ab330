"""A grandparent word in the citizen's own reason that names the citizen ("mormor").

"fordi de snart er for store til at gide mormor": what the grandchildren call the one speaking,
written as the goal's first person ("… til at gide mig") when it is a verb's object. After a
preposition ("en sweater fra mormor", "lege med farfar") or a verb of being ("jeg er mormor")
it is the name the children use, kept; so is one with an owner before it ("min mormor"), a
genitive ("mormors"), one beside another such word ("mormor og morfar") and a subject.
"""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def self_kin_as_object(words: list[str], g: Grammar) -> list[str]:
    """The reason's words with each grandparent word that names the citizen as an object
    written as the first person's object (see the module)."""
    if not g.self_kin_said or not g.self_kin_object:
        return words
    out = list(words)
    owners = g.possessive_words | g.articles | g.citizen_possessives
    for k, word in enumerate(words):
        if k == 0 or _b(word) not in g.self_kin_said:
            continue
        before = words[k - 1]
        if before[-1:] in EDGE or _b(before) in owners | g.main_joins | g.subordinators:
            continue  # "min mormor", "…, mormor siger", "og mormor": no object
        if not _verb(before, g):
            continue  # "en sweater fra mormor", "jeg er mormor": the name the children use
        nxt = _b(words[k + 1]) if k + 1 < len(words) and word[-1:] not in EDGE else ""
        if nxt in g.main_joins and k + 2 < len(words) and _b(words[k + 2]) in g.self_kin_said:
            continue  # "mormor og morfar": the two of them
        if nxt and g.is_finite(nxt):
            continue  # "som mormor gør": its own clause's subject
        out[k] = g.self_kin_object + word[len(word.rstrip(EDGE)) :]
    return out


def _verb(word: str, g: Grammar) -> bool:
    """True for a verb whose object the word after it is ("gide", "drille"), no verb of being."""
    if _b(word) in g.be_verbs:
        return False
    return g.is_infinitive(word) or g.is_present(word) or g.is_past(word)
