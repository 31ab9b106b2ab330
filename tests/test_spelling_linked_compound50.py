"""Fix round 50 (fE): a compound whose first part is a known word said with its last consonant
doubled and a linking e ("venne" of "ven", "sønne" of "søn") is a real word, never "mended" by
typing its double consonant once ("Ældre Sagens vennelinje" had become "venelinje": "vene" +
"linje"; nlp/spelling.py compound_of_words). A doubled consonant typed in a word no such
compound explains is still mended ("skruemaskinne", "kørrestolen")."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import spelled

from assistant.nlp import analyze

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("mor vil gerne tage telefonvagter i Aeldre Sagens vennelinje igen", "vennelinje"),
        ("øh jeg ringer til vennelinjen om tirsdagen ikk", "vennelinjen"),
        ("det var en vennetjeneste fra naboen", "vennetjeneste"),
        ("venneparret fra opgangen kommer paa besoeg", "venneparret"),
        ("min sønnedatter Ida henter mig", "sønnedatter"),
        ("han vil gerne se sin soennedatter spille fodbold", "soennedatter"),
    ],
)
def test_a_compound_with_a_doubled_link_is_kept(text, word):
    assert word in spelled(text)


@pytest.mark.parametrize(
    ("text", "typed", "meant"),
    [
        ("jeg vil gerne bruge min skruemaskinne igen", "skruemaskinne", "skruemaskine"),
        ("jeg kan ikke tænde kaffemaskinne selv", "kaffemaskinne", "kaffemaskine"),
        ("jeg kører i kørrestolen til Brugsen", "kørrestolen", "kørestolen"),
        ("han holder fast i gelænderret", "gelænderret", "gelænderet"),
    ],
)
def test_a_doubled_consonant_typed_is_still_mended(text, typed, meant):
    repaired = spelled(text)
    assert meant in repaired and typed not in repaired, repaired


def test_the_volunteer_line_keeps_its_activity():
    text = "mor vil gerne kunne tage telefonvagter som frivillig i Aeldre Sagens vennelinje igen"
    assert analyze(text, TODAY).activity == "arbejde_og_frivillig"
