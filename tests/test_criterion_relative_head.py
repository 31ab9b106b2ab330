"""A sign longer than max_words is never cut at the comma after a pronoun that heads a relative
clause without "som" ("… mere ilt end den, jeg går med"): when that short clause ends the
sentence it is kept with its head, else the sign ends before the clause around it; never "…
end den." (nlp/criterion.py; blind133 Karl)."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen

REST = {
    "motivation": "glad",
    "frequency": "hver dag",
    "deadline": "8 uger",
    "independence": "selv",
    "people": "ingen",
}


def _goal(wish: str, measure: str) -> str:
    answers = {**REST, "wish": wish, "measure": measure}
    return answered_until(as_citizen(), answers, "confirm").goal_text


@pytest.mark.parametrize(
    ("wish", "measure", "kept"),
    [
        ("jeg vil gerne selv kunne bage boller igen",
         "at jeg selv har bagt tre plader boller til hele familien og pyntet dem siddende, uden "
         "at skulle bruge flere pauser end dem, jeg holder nu.",
         "end dem, jeg holder nu."),
        ("hun vil gerne gå tur igen",
         "at hun har gået hele vejen rundt om søen og hjem igen med sin stok, uden at få mere "
         "ondt end det, hun plejer.",
         "end det, jeg plejer."),
    ],
)  # fmt: skip
def test_a_relative_clause_ending_the_sign_is_kept_with_its_pronoun(wish, measure, kept):
    assert kept in _goal(wish, measure)


def test_a_relative_clause_inside_a_longer_sign_is_cut_before_not_at_the_pronoun():
    text = _goal(
        "jeg vil gerne gå tur igen",
        "at jeg selv har gaaet hele vejen rundt om soeen og hjem igen med min stok, uden at faa "
        "mere ondt end det, jeg plejer, og saa har jeg drukket kaffe bagefter med naboen",
    )
    assert "end det." not in text
    assert "hjem igen med min stok" in text
