"""A frequency answer counting one occasion before its every-phrase ("en tur hver søndag") is
said in the goal by the every-phrase alone (fix round 47, helper fK; blind157 Palle: "… ture
… en tur hver søndag"); a count above one, or "om ugen", keeps its words."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def _said(text: str) -> str:
    return str(analyze(text, TODAY).extras.get("frequency_said"))


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("en tur hver soendag", "hver søndag"),
        ("En tur hver søndag.", "hver søndag"),
        ("øh en gåtur hver morgen", "hver morgen"),
        ("en runde hver lørdag med klubben", "hver lørdag"),
        ("hun tager en tur hver anden dag", "hver anden dag"),
    ],
)  # fmt: skip
def test_one_occasion_before_every_is_the_every_phrase(said, kept):
    assert _said(said).startswith(kept), _said(said)


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("to ture om ugen", "to ture om ugen"),
        ("tre måltider om dagen", "tre måltider om dagen"),
        ("hver søndag", "hver søndag"),
        ("en gang om ugen", "en gang om ugen"),
    ],
)  # fmt: skip
def test_a_count_or_a_plain_frequency_keeps_its_words(said, kept):
    assert _said(said) == kept, _said(said)
