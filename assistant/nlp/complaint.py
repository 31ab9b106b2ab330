"""A complaint about someone told at the end of a reason is no reason: "jeg sidder for meget
derhjemme og bliver sur på Svend" gives "jeg sidder for meget derhjemme"; anger at oneself ("og
bliver sur på mig selv") or a feeling of no one ("og bliver glad") stays."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b

_PERSON_MAX = 3  # words naming the person after the preposition ("min mand Svend")


def without_complaints(text: str, g: Grammar) -> str:
    """The text with each clause joined by "og"/"men" that only says the speaker is angry at
    someone (complaint_verbs, complaint_states, complaint_prepositions and a person after it
    ending the clause) left out."""
    if not g.complaint_states:
        return text
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        end = _complaint_end(words, i, g) if out else None
        if end is None:
            out.append(words[i])
            i += 1
            continue
        mark = words[end - 1][len(words[end - 1].rstrip(EDGE)) :]  # "… på svend." keeps "."
        out[-1] = out[-1].rstrip(",") + mark
        i = end
    return " ".join(out)


def _complaint_end(words: list[str], i: int, g: Grammar) -> int | None:
    """Where the complaint joined at i ends (past its last word), or None for none there."""
    if _b(words[i]) not in g.main_joins or words[i][-1:] in EDGE:
        return None
    k = i + 1
    if k < len(words) and _b(words[k]) in g.bare_verb_subjects:
        k += 1  # "og jeg bliver sur på …"
    if k + 3 > len(words) or _b(words[k]) not in g.complaint_verbs:
        return None
    state, prep = _b(words[k + 1]), _b(words[k + 2])
    if state not in g.complaint_states or prep not in g.complaint_prepositions:
        return None
    if any(w[-1:] in EDGE for w in words[k : k + 3]):
        return None
    person = k + 3
    if person >= len(words) or _b(words[person]) in g.reflexive_objects | {g.self_subject}:
        return None  # "sur på mig selv": the citizen's own
    if _b(words[person]) in g.subject_pronouns | g.infinitive_markers:
        return None  # "og jeg er træt af det", "træt af at vente": of a thing, no one
    for j in range(person, min(len(words), person + _PERSON_MAX)):
        if words[j][-1:] in EDGE or j + 1 == len(words):
            return j + 1
    return None
