"""Suction cups that hold another aid in place are its part, no aid of their own ("en morsenøgle
med to paddles, som sidder fast på bordet med sugekopper"): a form of fastening_parts said up to
FASTENED_REACH words after a word of fastening_words, in the same sentence as another aid named
before it, or in a relative clause of the thing said before ("…, som sidder fast …") in an answer
that names another aid. Said alone ("en sugekop på fadet", "et greb med sugekopper") it stays
an aid."""

from __future__ import annotations

from collections.abc import Sequence

FASTENED_REACH = 5  # words from "fast" to the part ("fast på bordet med sugekopper")


def fastened_part(words: Sequence[str], i: int, aids: Sequence[tuple[str, int]], lex) -> bool:
    """True when the aid at words[i] fastens another aid or the thing of a relative clause."""
    if words[i] not in lex.fastening_parts:
        return False
    start = i
    while start > 0 and words[start - 1] not in lex.sentence_ends:
        start -= 1
    lead = range(max(start, i - FASTENED_REACH), i)
    if not any(words[k] in lex.fastening_words for k in lead):
        return False
    fast = max(k for k in lead if words[k] in lex.fastening_words)
    relative = any(words[k] in lex.relative_pronouns for k in range(max(start, fast - 3), fast))
    others = [k for _a, k in aids if words[k] not in lex.fastening_parts]
    # the thing of a relative clause, when another aid is named too (the answer lists aids);
    # alone ("et skærebræt der sidder fast med sugekopper") the cups are what is told
    return any(start <= k < i for k in others) or (relative and bool(others))
