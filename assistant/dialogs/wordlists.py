"""dialogue.yaml's word lists as sets of normalised words, built once per dialogue and key.

The dialogue readers ask them on every answer ("change_without_skip", "with_after_self"); a set
comprehension in each reader rebuilt them every time.
"""

from __future__ import annotations

from assistant.content.yesno import normalise
from assistant.nlp.memo import once


def word_set(dialogue, key: str) -> frozenset[str]:
    """dialogue.yaml's words of `key`, normalised (once per dialogue and key)."""
    return once(dialogue, f"dialogue_words:{key}", lambda d: _normalised(d, key))


def _normalised(dialogue, key: str) -> frozenset[str]:
    return frozenset(normalise(w) for w in dialogue.words.get(key, ()))
