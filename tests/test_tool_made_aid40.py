"""A tool compound made or got for the task (fix round 40, blind141 Ejvind and Kristian): "Svend
har lavet mig en kartoffelsætter", "et raflebæger" said as used; walking poles ("vandre stave",
"gangstave") are an aid of their own."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("Svend har lavet mig en kartoffelsætter, sådan et rør man putter kartoflen ned i",
         "kartoffelsætter"),
        ("min svigersøn lavede en løgsætter til mig af et gammelt rør", "løgsætter"),
        ("jeg bruger en kartoffelsaetter saa jeg ikke skal bukke mig", "kartoffelsætter"),
        ("øh vi spiller med et raflebæger i gummi", "raflebæger"),
        ("ergoterapeuten har skaffet et tudbæger", "tudbæger"),
        ("jeg har fået nogle vandre stave af fysioterapeuten", "vandrestav"),
        ("han går med sine gangstave hver dag", "vandrestav"),
        ("mor går tur med gåstave nu", "vandrestav"),
    ],
)  # fmt: skip
def test_a_tool_made_or_used_is_an_aid(said, aid):
    assert aid in analyze(said, TODAY).aids


@pytest.mark.parametrize(
    "said",
    [
        "jeg har lavet mad til hele familien",
        "hun sætter kartofler hvert forår",
        "min far var typesætter på avisen",
        "jeg kan ikke holde bægeret",
        "jeg kan ikke stave ordene mere",
    ],
)
def test_no_tool_is_made_of_a_plain_word(said):
    assert analyze(said, TODAY).aids == ()
