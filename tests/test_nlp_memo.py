"""The bounded memo the analyzer keeps per word (assistant/nlp/memo.py)."""

from __future__ import annotations

from assistant.nlp.memo import Memo


def test_a_result_is_computed_once_and_none_is_kept_too():
    calls = []

    def compute(word):
        calls.append(word)
        return None if word == "ingen" else word.upper()

    memo = Memo()
    assert memo.get_or("gå", compute, "gå") == "GÅ"
    assert memo.get_or("gå", compute, "gå") == "GÅ"
    assert memo.get_or("ingen", compute, "ingen") is None
    assert memo.get_or("ingen", compute, "ingen") is None
    assert calls == ["gå", "ingen"]


def test_a_full_memo_starts_afresh():
    memo = Memo(limit=2)
    for word in ("a", "b", "c"):
        memo.get_or(word, str.upper, word)
    assert dict(memo) == {"c": "C"}
