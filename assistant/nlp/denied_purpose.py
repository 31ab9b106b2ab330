"""A sentence that denies a purpose ("Nej, det er ikke for at ro om kap", "det er ikke fordi jeg
skal vinde", "ikke så jeg kan blive tynd") tells what the goal is not for: no reason of it."""

from __future__ import annotations

import re

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b

_DENIABLE = ("purpose", "so", "because")  # "for ikke at …" is a purpose of its own
_SAKE_REACH = 3  # words from "for" to "skyld": "for min egen skyld"


def denies_purpose(sentence: str, g: Grammar) -> bool:
    """True when a negation stands right before a reason lead of the sentence ("ikke for at",
    "ikke fordi jeg", "ikke så jeg …", `reason_leads`); a one-word lead only before a subject."""
    words = [_b(w) for w in sentence.split()]
    subjects = g.subject_pronouns | g.citizen_pronouns | {g.self_subject}
    sake = _sake_word(g)
    for k in range(1, len(words)):
        if words[k - 1] not in g.negations:
            continue
        if words[k] in g.sake_leads and sake in words[k + 1 : k + 1 + _SAKE_REACH]:
            return True  # "det er ikke for pengenes skyld": a sake denied
        for lead, kind in g.reason_leads:
            end = k + len(lead)
            if tuple(words[k:end]) != lead or kind not in _DENIABLE or end >= len(words):
                continue
            if len(lead) == 1 and words[end] not in subjects:
                # "ikke så godt" is a degree, "jeg orker ikke at sidde alene" a lack and "ikke
                # for sjov" no reason: a one-word lead denies a purpose only before a subject
                continue
            return True
    return False


def past_denied_purpose(text: str, g: Grammar) -> str:
    """A told reason without the sentences it opens with that deny a purpose ("Det er ikke for
    at skyde mest, det er lige meget. Det er kammeraterne …" → "Det er kammeraterne …"); as
    told when every sentence denies one."""
    said = [p for p in re.split(r"(?<=[.!?;])\s+", text.strip()) if p]
    k = 0
    while k < len(said) - 1 and denies_purpose(said[k], g):
        k += 1
    return " ".join(said[k:]) if k else text


def _sake_word(g: Grammar) -> str:
    """The word that ends a sake phrase ("skyld" of "{owner} skyld"), "" when it has none."""
    parts = g.sake_phrase.split()
    return _b(parts[-1]) if len(parts) > 1 and "{owner}" in parts[:-1] else ""
