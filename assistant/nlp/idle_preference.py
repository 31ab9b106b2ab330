"""A refusal's excuse: after a refusal or a trouble ("min svigerfar gider ikke lave de øvelser
fysioterapeuten har givet ham …"), a preference for doing nothing much ("… og vil hellere se
fodbold", "hun siger hun hellere vil blive hjemme") restates the refusal: its "vil" is no wish,
and the refused doing stays the point. A preference for a doing of one's own ("jeg vil ikke i
dagcentret, jeg vil hellere passe min have selv") is the wish, as before.

`preference_words` ("hellere", "helst") next to the wish cue mark the preference; what follows,
past `idle_preference_skips`, must open one of `idle_preferences` ("blive hjemme", "se
fjernsyn", "sidde og se").
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.nlp.wordscan import skip_ahead

PREFERENCE_GAP = 2  # words between the wish cue and "hellere" ("vil altså hellere", "hellere vil")
TROUBLE_LABELS = frozenset({"difficulty", "wish_negated", "refusal"})


def idle_preference(words: Sequence[str], matches, s: int, e: int, lex) -> tuple[int, int] | None:
    """The words from the wish cue at s..e to its clause's end when the cue is said as a
    preference for idleness after a trouble cue, else None."""
    if not any(lab in TROUBLE_LABELS and st < s for lab, st, _e in matches):
        return None
    near = range(max(0, s - PREFERENCE_GAP), min(len(words), e + PREFERENCE_GAP))
    marks = [k for k in near if words[k] in lex.preference_words]
    if not marks:
        return None
    k = skip_ahead(words, max(e, marks[-1] + 1), lex.idle_preference_skips)
    if not any(tuple(words[k : k + len(p)]) == p for p in lex.idle_preferences):
        return None
    ends = lex.clause_breaks | {","}
    end = next((j for j in range(k, len(words)) if words[j] in ends), len(words))
    return min(s, marks[0]), end


def excuse_spans(words: Sequence[str], matches, lex) -> tuple[tuple[int, int], ...]:
    """The spans of every wish cue said as such a preference: side words of the activity (the
    refused doing stays the point: "gider ikke gå ud, vil hellere blive hjemme og se tv")."""
    if not lex.preference_words & set(words):
        return ()
    spans = (idle_preference(words, matches, s, e, lex) for lab, s, e in matches if lab == "wish")
    return tuple(span for span in spans if span is not None)
