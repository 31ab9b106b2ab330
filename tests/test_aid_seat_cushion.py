"""A seat cushion is an aid (fix round 35, blind128 Torben): "med en siddepude på rullesædet",
also said apart by the recogniser ("en sidde pude"); a verb and the place after it ("sidde ude",
"sidder ude i haven") are never joined into "siddepude" by the speller."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze, get_analyzer

TODAY = date(2026, 12, 5)


def spelled(text: str) -> list[str]:
    return get_analyzer().nlp(text)._.hm_spelling


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne ro igen med en siddepude på rullesædet",
        "mor vil gerne sidde ved bordet og spise selv med en siddepude i stolen",
        "øh far vil gerne kunne køre i bilen til sommerhuset med hans siddepude",
        "hun vil gerne sidde i kirken til gudstjenesten hver sondag med en sidde pude",
        "jeg vil gerne ud og fiske med siddepuden paa bænken ved havnen",
    ],
)
def test_a_seat_cushion_is_an_aid(text):
    assert "siddepude" in analyze(text, TODAY).aids


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Jeg gider ikke bare sidde ude i klubhuset og drikke kaffe", "ude"),
        ("hun vil gerne sidde ude i haven om sommeren", "ude"),
        ("far sidder ude på terrassen hele dagen men han vil gerne gå en tur", "ude"),
        ("øh min mand sad ude på altanen i går og han vil gerne derud igen", "ude"),
        ("jeg vil gerne staa ude ved hegnet og snakke med naboen", "ude"),
    ],
)
def test_a_verb_and_where_are_never_joined_into_a_cushion(text, kept):
    words = spelled(text)
    assert "siddepude" not in words
    assert kept in words
