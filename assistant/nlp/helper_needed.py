"""The only help a wish's doer needs, said as someone who does a part of it ("… men mor vil
gerne kunne sætte det på selv igen, hun skal bare have en der skriver det op i kalenderen"):
what the helper does names no activity of the goal; it weighs as side words."""

from __future__ import annotations

from collections.abc import Sequence


def helper_spans(words: Sequence[str], lex) -> list[tuple[int, int]]:
    """(start, end) of each clause of the only help needed: one of helper_only ("bare"), up to
    helper_gap words, one of helper_leads ("have", "brug for"), one of helper_someone ("en",
    "nogen") and a relative pronoun ("der", "som"), to the clause's end (_end); or the lead
    right before helper_only ("mangler bare nogen der"). Not in the wish's own clause: "jeg vil
    bare gerne have en der hjælper mig i bad" wishes for that help."""
    out = []
    if lex.helper_only.isdisjoint(words):
        return out  # no "bare" said (most utterances): one test in C, no loop
    n = len(words)
    for i, w in enumerate(words):
        if w not in lex.helper_only:
            continue
        leads = [i - 1] if i > 0 and words[i - 1] in lex.helper_leads else []
        for k in range(i + 1, min(n - 2, i + 2 + lex.helper_gap)):
            if not words[k].isalpha():
                break
            leads.append(k)
        for k in leads:
            someone = k + 1 if k > i else i + 1
            if (
                words[k] in lex.helper_leads
                and someone + 1 < n
                and words[someone] in lex.helper_someone
                and words[someone + 1] in lex.relative_pronouns
                and not _wished(words, min(i, k), lex)
            ):
                out.append((min(i, k), _end(words, someone + 2, lex)))
                break
    return out


def _wished(words: Sequence[str], k: int, lex) -> bool:
    """True for a wish verb in the clause before words[k], up to helper_gap + 2 words back."""
    for j in range(k - 1, max(-1, k - 3 - lex.helper_gap), -1):
        if not any(c.isalnum() for c in words[j]):
            return False
        if words[j] in lex.wish_verbs:
            return True
    return False


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
