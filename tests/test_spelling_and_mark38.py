"""Jutland's "å" for "og" typed outside a dialect sentence (fix round 38): between a word and an
infinitive it is "og" ("ned på værtshuset å få en øl", "å så sidder jeg der"); first, after a
preposition (the stream: "fiske ved å") or before no verb it stays as said."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

DAY = date(2026, 12, 5)


def _spelled(said: str) -> str:
    return analyze(said, DAY).extras["spelled"]


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("jeg vil gerne ned på værtshuset å få en øl med drengene", "værtshuset og få en øl"),
        ("jeg går ned i haven å så sidder jeg der", "haven og så sidder"),
        ("han vil gerne ud å fiske igen", "ud og fiske"),
        ("mor vil gerne hjem å bage boller til børnene", "hjem og bage boller"),
        ("æ vil sgu gerne ned på kroen å få en bajer", "kroen og få en bajer"),
    ],
)
def test_a_and_before_an_infinitive_is_og(said, read):
    assert read in _spelled(said), _spelled(said)


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("vi plejede at fiske ved å hver søndag", "ved å hver"),
        ("vi går langs å til kirken", "langs å til"),
        ("å, jeg ved ikke", "å, jeg"),
        ("å så dejligt det ville være", "å så dejligt"),
        ("han vil gerne ud og fiske i å igen", "i å igen"),
    ],
)
def test_a_as_the_stream_or_a_cry_stays(said, kept):
    assert kept in _spelled(said), _spelled(said)
