"""The archivist of a local archive is a person of the network (fix round 35, blind128 Aksel):
"arkivaren, Birthe, hjælper mig med at finde kirkebøgerne"."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Og arkivaren, Birthe, hjælper mig med at finde kirkebøgerne.",
        "jeg vil gerne forske i min slægt paa lokalarkivet igen og arkivaren vil hjaelpe mig",
        "far vil gerne have arkivaren til at vise ham kirkebøgerne igen",
        "øh mor vil gerne sidde på arkivet om onsdagen, arkivaren finder protokollerne frem",
    ],
)
def test_the_archivist_is_named(text):
    assert "arkivar" in analyze(text, TODAY).people
