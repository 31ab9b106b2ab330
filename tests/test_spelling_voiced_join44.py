"""Two slips mended past the speller's tables (nlp/voiced_join.py). A word typed without æøå whose
restored form is no word ("vaegene") is the word one slip away ("væggene"). A compound typed in
two parts with the stop ending its first part voiced or voiceless ("en malerulle paa et teleskob
skaft", blind150 Mona) is one word once the stop is swapped ("teleskopskaft"), after the lead of
a noun phrase. A known word as said, a part with no lead before it, and words only typed without
æøå stay as before."""

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


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("at jeg har malet alle fire vaegene i stuen to gange", "væggene"),
        ("øh han kan ikke naa op til vaegene mere", "væggene"),
    ],
)
def test_a_word_typed_without_aeoeaa_and_a_slip_is_mended_both_ways(typed, word):
    assert word in spelled(typed)


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("jeg vil gerne saette mig i soefaen og laese avisen", "sætte"),
        ("min datter kommer paa soendag", "søndag"),
        ("jeg har ondt i knaeet", "knæet"),
    ],
)
def test_words_typed_without_aeoeaa_only_are_restored_as_before(typed, word):
    assert word in spelled(typed)


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("hun har faaet en malerulle paa et langt skaft", "malerrulle"),
        ("jeg har koebt to nye maleruller", "malerruller"),
    ],
)
def test_a_seam_letter_typed_once_is_written_as_today(typed, word):
    assert word in spelled(typed)
