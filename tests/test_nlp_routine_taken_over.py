"""A routine the citizen must keep ("skal veje sig hver morgen"), and a wish that points back at
it with its object ("vil gerne selv holde øje med det og skrive det i et skema"): the wish takes
the routine over, so its rhythm is the goal's frequency, even when the wish says more."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "rhythm"),
    [
        (
            "far skal veje sig hver morgen, han vil gerne selv holde øje med det og skrive det"
            " ned i en bog",
            (1, "day", 1),
        ),
        (
            "jeg skal måle blodtryk to gange om dagen, jeg vil gerne klare det og skrive tallene"
            " i skemaet",
            (2, "day", 1),
        ),
        (
            "mor skal skifte plasteret hver tredje dag og hun vil gerne selv gøre det og ringe"
            " til sygeplejersken hvis det ser rødt ud",
            (1, "day", 3),
        ),
        (
            "min mand skal tage sine piller tre gange om dagen, han vil gerne styre det selv og"
            " skrive det i kalenderen",
            (3, "day", 1),
        ),
        (
            "svigermor skal have oejendraaber hver aften, hun vil gerne selv klare det og"
            " skrive det paa sedlen",
            (1, "day", 1),
        ),
    ],
)
def test_a_wish_pointing_back_at_a_routine_takes_its_rhythm(text, rhythm):
    f = analyze(text, TODAY).frequency
    assert f is not None
    assert (f.times, f.per, f.every) == rhythm


@pytest.mark.parametrize(
    "text",
    [
        # the wish's own new doing, no pointing back: the routine's rhythm is not its
        "mor skal have plaster skiftet hver tredje dag og hun vil gerne have det sjovt og strikke",
        "jeg skal træne tre gange om ugen men jeg vil gerne skrive breve til mine børnebørn",
    ],
)
def test_a_wish_of_its_own_beside_a_routine_keeps_none(text):
    assert analyze(text, TODAY).frequency is None
