"""How the others are says nothing of the citizen's own mood.

"nej jeg gider ikke mere petanque i klubben de andre er så sure", "folk var så sure på mig":
the state words ("sure", "triste", "kede af det") are the others', a reason told beside the
point; the clause weighs as side words, as a modifier clause does. "jeg er så sur" and "hun er
så ked af det" (the citizen, told by a relative) stay.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.clauses import modifier_end
from assistant.nlp.memo import once


def others_state_spans(words: Sequence[str], lex) -> tuple[tuple[int, int], ...]:
    """(start, end) of each clause telling how the others are ("de andre er så sure")."""
    if lex.others_state_verbs.isdisjoint(words):
        return ()  # no state verb said (most utterances): no subject need be looked for
    out = []
    firsts = once(lex, "others_state_firsts", _first_words)
    for i in range(len(words)):
        if firsts is not None and words[i] not in firsts:
            continue  # no subject starts here (most words)
        for subject in lex.others_state_subjects:
            k = i + len(subject)
            if (
                tuple(words[i:k]) == subject
                and k < len(words)
                and words[k] in lex.others_state_verbs
                and (i == 0 or tuple(words[i - 1 : k]) not in lex.others_state_subjects)
            ):
                out.append((i, modifier_end(words, i, lex)))
                break
    return tuple(out)


def _first_words(lex) -> frozenset[str] | None:
    """The first word of each of others_state_subjects ("de" of "de andre"); None when one is
    empty (it starts anywhere)."""
    subjects = lex.others_state_subjects
    if not all(subjects):
        return None
    return frozenset(subject[0] for subject in subjects)
