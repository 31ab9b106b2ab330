"""The speller's reach, round 48: a consonant doubled inside the last part of a compound no table
knows whole ("skruemaskinne"), a letter left out of an everyday word whose only rival is an
untrusted slip ("bryset": brystet, no "bryst"), and the loan "trolley" typed the Danish way
("trolly"); real words and real compounds as typed are never "mended"."""

from __future__ import annotations

import pytest

from assistant.nlp import get_analyzer


def changed(text: str) -> dict[str, str]:
    """The words the speller changes in `text`, typed → written."""
    speller = get_analyzer().nlp.get_pipe("hm_spelling").speller
    said = text.split()
    words, _joins = speller.fix_words(said)
    return {a: b for a, b in zip(said, words, strict=True) if a != b}


@pytest.mark.parametrize(
    "text, typed, written",
    [
        (
            "min far har en elektrisk skruemaskinne fra ergoterapeuten",
            "skruemaskinne",
            "skruemaskine",
        ),
        ("eh jeg bruger en opvaskemaskinne hver dag", "opvaskemaskinne", "opvaskemaskine"),
        ("hun vil selv lave kaffe paa kaffemaskinne igen", "kaffemaskinne", "kaffemaskine"),
        ("jeg sidder i lænestollen og strikker om aftenen", "lænestollen", "lænestolen"),
        ("jeg fik trykken for bryset naar jeg gik op ad bakken", "bryset", "brystet"),
        ("han faar ondt i bryset naar han gaar langt", "bryset", "brystet"),
        ("hun har en lille trolly til golftasken", "trolly", "trolley"),
        ("jeg traekker min trolly med paa banen", "trolly", "trolley"),
        ("min mand skubber trollyen hen til bilen", "trollyen", "trolleyen"),
    ],
)
def test_slip_mended(text, typed, written):
    assert changed(text).get(typed) == written


@pytest.mark.parametrize(
    "text",
    [
        "vi har en kaffekande og en strikkepind",
        "jeg har haveslangen og en skruetrækker",
        "han bruger en klippemaskine og en symaskine",
        "hun har en lommelygte og en pandelampe med rødt lys",
        "min datter har en kittelsmækker og en gummihammer",
        "han bruger sin hækkesaks og kantklipperen",
        "min mor vil bage boller i ovnen med kagerullen",
        "han spiller trold med børnene og trolden",
        "jeg har ondt i brystet og i mit bryst",
        "jeg vil spille bordtennis med en bordtennisbat",
    ],
)
def test_real_words_kept(text):
    assert changed(text) == {}
