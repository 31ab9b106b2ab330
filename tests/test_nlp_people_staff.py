"""The staff of a school or an institution named as people (fix round 29, blind64): the head
teacher, the school leader and the educator, typed with or without æøå ("skoleinspektoeren",
"paedagogen"), as the nurse and the priest are."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "far har aftalt med skoleinspektoeren at han kan komme tilbage som pedel efter nytaar",
            "skoleinspektør",
        ),
        (
            "øh min kone hun har snakket med skoleinspektøren om at hun vil læse med børnene igen",
            "skoleinspektør",
        ),
        (
            "hun har talt med paedagogen om at hun vil hente barnebarnet selv i boernehaven",
            "pædagog",
        ),
        ("pædagogen siger at mormor gerne må hjælpe til i vuggestuen om tirsdagen", "pædagog"),
        (
            "jeg vil gerne tilbage på skolen, skolelederen har sagt jeg kan starte med to dage",
            "skoleleder",
        ),
        ("mor vil gerne være med i kirken igen, praesten har lovet at hente hende", "præst"),
        ("sygeplejersken siger at jeg skal gaa en tur hver dag", "sygeplejerske"),
    ],
)
def test_the_staff_of_a_school_is_named(text, person):
    assert person in analyze(text, TODAY).people


def test_a_former_job_as_educator_names_nobody():
    text = "jeg var paedagog i tredive aar og vil gerne vaere frivillig i boernehaven"
    assert not analyze(text, TODAY).people
