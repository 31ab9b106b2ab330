"""Repetition guard: Whisper sometimes decodes noise or a cut-off clip into a loop of words."""

from __future__ import annotations

import zlib

#: Whisper's own threshold: a segment that gzips better than this is a hallucinated loop.
COMPRESSION_RATIO_LIMIT = 2.4
#: A phrase of up to this many words said more than MAX_REPEATS times in a row is a loop.
MAX_PHRASE_WORDS = 4
MAX_REPEATS = 2
MIN_RATIO_CHARS = 24  # short texts compress badly whatever they say: no ratio below this


def compression_ratio(text: str) -> float:
    """Return how much better than 1:1 the text compresses (Whisper's measure of loops)."""
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0


def _key(word: str) -> str:
    return word.strip(".,!?;:…\"'").casefold()


def collapse_repeats(text: str, max_repeats: int = MAX_REPEATS) -> str:
    """Return text with any phrase (1-4 words) repeated more than max_repeats times said once.

    "min min min min mor" becomes "min mor"; "nej nej" (said twice) stays as it is.
    """
    words = text.split()
    keys = [_key(w) for w in words]
    kept: list[str] = []
    i = 0
    while i < len(words):
        size, count = _loop_at(keys, i, max_repeats)
        kept.extend(words[i : i + size])
        i += size * count
    return " ".join(kept)


def _loop_at(keys: list[str], start: int, max_repeats: int) -> tuple[int, int]:
    """Return (phrase words, times said) of a loop starting at `start`, else (1, 1)."""
    for size in range(1, MAX_PHRASE_WORDS + 1):
        phrase = keys[start : start + size]
        if len(phrase) < size:
            break
        count = 1
        while keys[start + count * size : start + (count + 1) * size] == phrase:
            count += 1
        if count > max_repeats and any(phrase):
            return size, count
    return 1, 1


def guard_transcript(text: str, limit: float = COMPRESSION_RATIO_LIMIT) -> str:
    """Return the recognised text with loops collapsed, or '' if it is still mostly a loop."""
    text = collapse_repeats(" ".join(text.split()))
    if len(text) >= MIN_RATIO_CHARS and compression_ratio(text) > limit:
        return ""
    return text
