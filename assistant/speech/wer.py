"""Word error rate of a recognised text against what was said (for comparing models)."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def words(text: str) -> list[str]:
    """Return the lower-case words of a text, without punctuation (NFC, "på" stays "på")."""
    return _WORD.findall(unicodedata.normalize("NFC", text).casefold())


def edit_distance(reference: list[str], hypothesis: list[str]) -> int:
    """Return the word-level Levenshtein distance (substitutions, deletions, insertions)."""
    previous = list(range(len(hypothesis) + 1))
    for i, said in enumerate(reference, 1):
        current = [i]
        for j, heard in enumerate(hypothesis, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (said != heard))
            )
        previous = current
    return previous[-1]


def word_error_rate(pairs: list[tuple[str, str]]) -> float:
    """Return the corpus WER of (said, recognised) pairs: total edits / total words said."""
    said = sum(len(words(reference)) for reference, _ in pairs)
    edits = sum(edit_distance(words(r), words(h)) for r, h in pairs)
    return edits / said if said else 0.0
