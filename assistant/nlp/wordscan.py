"""Skipping over a run of words of one kind, forwards or backwards ("… jo altså ikke …")."""

from __future__ import annotations

from collections.abc import Container, Sequence


def skip_back(words: Sequence[str], k: int, gap: Container[str]) -> int:
    """The last position at or before k whose word is not in gap, or -1 when there is none."""
    while k >= 0 and words[k] in gap:
        k -= 1
    return k


def skip_ahead(words: Sequence[str], k: int, gap: Container[str]) -> int:
    """The first position at or after k whose word is not in gap, or len(words) when none."""
    while k < len(words) and words[k] in gap:
        k += 1
    return k
