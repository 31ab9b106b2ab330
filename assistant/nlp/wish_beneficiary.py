"""Whom the wish is done for, said a part or two after its phrase, belongs to the goal.

"Jeg vil sy tøj igen på min symaskine, afghansk tøj, perahan tunban, til mine børnebørn til
Eid": "til mine børnebørn" says for whom he sews; the goal keeps it ("sy tøj igen på min
symaskine til mine børnebørn"). The part opens with one of stance.yaml `action_object_for`,
then an owner word or none, then a person the lexicon knows, and ends there (a mark, a date,
another preposition or the end). Only verbless parts with no person may stand between it and
the phrase, in the same sentence ("…, min kone syr til børnebørnene": a clause of its own gives
nothing), or it is the next fragment of a wish typed in fragments ("Trylle. For oldebørnene.").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.nlp.clauses import SENTENCE_ENDS

_PARTS_MAX = 3  # parts after the phrase read for the person ("afghansk tøj, perahan tunban, til …")


def beneficiary_tail(
    words: Sequence[str],
    kept: list[int],
    lex,
    spans: dict[int, int],
    punct: Sequence[bool],
    finite: Callable[[int], bool],
) -> list[int]:
    """The token indices of "til/for (owner) person" said after the wish's phrase `kept` (see
    the module); empty when none."""
    cues = lex.action
    if not kept or not cues.object_for:
        return []
    n, k, parts = len(words), kept[-1] + 1, 0
    if k + 1 < n and words[k] in SENTENCE_ENDS and words[k + 1] in cues.object_for:
        # "Trylle. For oldebørnene.": the phrase typed as a fragment, whom for as the next one
        return _person_after(words, k + 1, lex, spans, punct)
    while k < n and words[k] not in SENTENCE_ENDS and parts <= _PARTS_MAX:
        if punct[k]:
            parts, k = parts + 1, k + 1
            continue
        if k in spans:
            k = spans[k]
            continue
        opens = k == kept[-1] + 1 or punct[k - 1]
        if opens and words[k] in cues.object_for:
            return _person_after(words, k, lex, spans, punct)
        if words[k] in cues.place_clause_subjects or words[k] in lex.people or finite(k):
            return []  # "…, min kone syr til …": a clause of its own, someone else's
        k += 1
    return []


def _person_after(
    words: Sequence[str], k: int, lex, spans: dict[int, int], punct: Sequence[bool]
) -> list[int]:
    """The lead at k, an owner word and a person, when the part ends right after them."""
    j = k + 1
    if j < len(words) and words[j] in lex.owners:
        j += 1
    if j >= len(words) or words[j] not in lex.people:
        return []
    end = j + 1
    leads = lex.action.object_for | lex.action.place_leads
    if end < len(words) and not punct[end] and end not in spans and words[end] not in leads:
        return []  # "til min kone og mig": more than one said, the part is not read
    return list(range(k, end))
