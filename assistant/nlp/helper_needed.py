"""The only help a wish's doer needs, said as someone who does a part of it ("… men mor vil
gerne kunne sætte det på selv igen, hun skal bare have en der skriver det op i kalenderen"):
what the helper does names no activity of the goal; it weighs as side words."""

from __future__ import annotations

from collections.abc import Sequence


def helper_spans(words: Sequence[str], lex) -> list[tuple[int, int]]:
    """(start, end) of each clause of the only help needed: one of helper_only ("bare"), up to
    helper_gap words, one of helper_leads ("have", "brug for"), one of helper_someone ("en",
    "nogen") and a relative pronoun ("der", "som"), to the clause's end (_end)."""
    out = []
    n = len(words)
    for i, w in enumerate(words):
        if w not in lex.helper_only:
            continue
        for k in range(i + 1, min(n - 2, i + 2 + lex.helper_gap)):
            if not words[k].isalpha():
                break
            if (
                words[k] in lex.helper_leads
                and words[k + 1] in lex.helper_someone
                and words[k + 2] in lex.relative_pronouns
            ):
                out.append((k, _end(words, k + 3, lex)))
                break
    return out


def _end(words: Sequence[str], k: int, lex) -> int:
    """Where the helper's clause from k ends: a punctuation mark, a clause break, "og" + subject
    or a new wish ("… og jeg vil gerne …"); the relative clause's own verb and object run on."""
    for j in range(k, len(words)):
        w, nxt = words[j], words[j + 1] if j + 1 < len(words) else ""
        if not any(c.isalnum() for c in w) or w in lex.clause_breaks:
            return j
        if w in lex.soft_clause_breaks and nxt in lex.background_subjects:
            return j
        if w in lex.run_on_subjects and nxt in lex.wish_verbs:
            return j
    return len(words)
