"""A compound typed in two parts with the stop ending its first part voiced or voiceless ("en
malerulle paa et teleskob skaft", blind150 Mona): after the lead of a noun phrase, an unknown
first part and a known last part are one word once the stop is swapped ("teleskopskaft";
nlp/voiced_join.py). A known word as said, a part with no lead before it, or a first part that
no swap makes known stays as typed."""

from __future__ import annotations

import pytest
from test_spelling_noun_pairs import spelled


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("ergoterapeuten har laant mig en malerulle paa et teleskob skaft", "teleskopskaft"),
        ("øh hun har faaet sådan en teleskob stang til gardinerne", "teleskopstang"),
        ("min svigersøn har købt mig et teleskob skaft til kosten", "teleskopskaft"),
    ],
)
def test_a_compound_said_apart_with_a_voiced_slip_is_joined_and_respelled(typed, word):
    assert word in spelled(typed)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("jeg har et stort skaft på kosten", "et stort skaft"),
        ("han tog et greb skaft og så videre", "greb"),
        ("jeg går med en god stok", "en god stok"),
        ("teleskob skaft", "teleskob"),
    ],
)
def test_known_words_and_parts_without_a_lead_stay(typed, kept):
    assert kept in " ".join(spelled(typed))
