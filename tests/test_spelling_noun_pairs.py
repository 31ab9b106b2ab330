"""A compound noun said as its two nouns apart ("gummi måtte", "ris papir"), as speech
recognition and second-language Danish split it, is joined; two nouns side by side that make
no compound, words for people and verbs stay apart."""

from __future__ import annotations

import pytest

from assistant.nlp import get_analyzer


def spelled(text: str) -> list[str]:
    """The tokens of `text` as the lemma step reads them."""
    return [t.lower() for t in get_analyzer().nlp(text)._.hm_spelling]


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("Med gummi måtte under tallerken, så ikke glide.", "gummimåtte"),
        ("med gummi maatte under tallerkenen", "gummimåtte"),
        ("Rispapir gå i stykker. Ris papir meget tynd.", "rispapir"),
        ("hun vil have en sofa pude i ryggen når hun strikker", "sofapude"),
        ("hun har gummi ring paa glasset saa det ikke glider", "gummiring"),
        ("min mor vil selv smøre madpakke nej mad pakke til barnebarnet", "madpakke"),
        ("Jeg lægge ting i papir pose, så let bære", "papirpose"),
        ("far skal bruge et skære bræt med søm", "skærebræt"),
    ],
)
def test_two_nouns_said_apart_are_joined_into_their_compound(said, joined):
    assert joined in spelled(said)


@pytest.mark.parametrize(
    ("said", "apart"),
    [
        ("Jeg selv gå tur, selv lave ris.", ["gå", "tur"]),
        ("Datter Hoa hjælpe søndag.", ["datter", "hoa"]),
        ("Ergoterapeut kommune hjælpe.", ["ergoterapeut", "kommune"]),
        ("han vil spille kort med vennerne", ["spille", "kort"]),
        ("Hus mand hjælpe, jeg kan ikke.", ["hus", "mand"]),
        ("hun vil gerne have faste tider at staa op", ["faste", "tider"]),
    ],
)
def test_nouns_side_by_side_without_a_compound_stay_apart(said, apart):
    words = spelled(said)
    assert all(w in words for w in apart)
