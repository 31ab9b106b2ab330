"""A help no longer needed is no trouble.

"Hjemmehjælpen skal ikke komme mere for det", "min søn skriver dem ikke mere for mig": a helper
named by a person noun (not a pronoun: "hun skriver ikke mere" may be the citizen) who no
longer does something for the citizen, beside what the citizen manages (a "selv" or a resource
cue elsewhere), tells what the citizen now manages: the negation with "mere"/"længere" is a
difficulty denied, as "det er ikke noget problem" is. A helper who refuses ("hun vil ikke hjælpe
mere", "han gider ikke komme mere") or who cannot stays a trouble, and so does the citizen's own
"jeg kan ikke mere".
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.word_flags import register, word_bits

HELP_ENDED = "help_ended"  # the label of the spans among the stance matches
SUBJECT_GAP = 3  # words between the helper and the negation ("skal", "skriver dem")
END_GAP = 3  # words between the negation and "mere" ("ikke komme mere", "ikke hjælpe mig mere")
CLAUSE_TAIL = 4  # words after "mere" searched for the one it is done for ("… mere for mig")
RESOURCE_LABELS = frozenset({"resource", "resource_firm", "selv"})


def ended_help_spans(words: Sequence[str], matches, lex) -> tuple[tuple[int, int], ...]:
    """(start, end) of each help no longer needed ("min søn skriver dem ikke mere for mig"),
    when a resource cue lies outside it; the spans deny the difficulty cues inside them."""
    if not word_bits(words, lex) & _ENDED_BIT:
        return ()  # no "mere", "længere" said (most utterances): no help ended
    out = []
    for k, word in enumerate(words):
        if word not in lex.people:
            continue
        span = _ended_after(words, k, lex)
        if span is None:
            continue
        lo, hi = span
        if any(lab in RESOURCE_LABELS and not lo <= s < hi for lab, s, _e in matches):
            out.append(span)
    return tuple(out)


def _ended_after(words: Sequence[str], k: int, lex) -> tuple[int, int] | None:
    """(k, end) when the helper at k is followed by a negation and one of help_ended_ends in
    its own clause, no refusing modal between, and the help is for someone ("for mig", "for
    det") or the helper is a service ("hjemmeplejen kommer ikke længere")."""
    stops = lex.clause_breaks | {",", "."}
    neg = None
    for j in range(k + 1, min(len(words), k + 2 + SUBJECT_GAP)):
        if words[j] in stops or words[j] in lex.help_ended_refusing:
            return None
        if words[j] in lex.negations:
            neg = j
            break
    if neg is None:
        return None
    end = None
    for j in range(neg + 1, min(len(words), neg + 2 + END_GAP)):
        if words[j] in stops:
            return None
        if words[j] in lex.help_ended_ends:
            end = j + 1
            break
    if end is None:
        return None
    tail = list(words[end : end + CLAUSE_TAIL])
    cut = next((n for n, w in enumerate(tail) if w in stops), len(tail))
    tail = tail[:cut]
    done_for = any(
        a in lex.help_ended_for and b in lex.help_ended_beneficiaries
        for a, b in zip(tail, tail[1:], strict=False)
    ) or any(
        a in lex.help_ended_for and b in lex.help_ended_beneficiaries
        for a, b in zip(words[k:end], words[k + 1 : end], strict=False)
    )
    if not done_for and lex.people[words[k]] not in lex.service_people:
        return None
    return k, end + len(tail)


_ENDED_BIT = register("help_ended_end", lambda w, _lemma, lex: w in lex.help_ended_ends)
