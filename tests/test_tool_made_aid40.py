"""A tool compound got or used for the task (fix round 40, blind141 Ejvind and Kristian): "en
kartoffelsætter", "et raflebæger" said as used; one made for the citizen, said to the aid
question ("Svend har lavet mig en kartoffelsætter"), is the aid; walking poles ("vandre stave",
"gangstave") are an aid of their own."""

from __future__ import annotations

from datetime import date

import pytest
from test_engine_measures_said import _at, _goal, _said

from assistant.content import get_content
from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("med min kartoffelsætter, sådan et rør man putter kartoflen ned i", "kartoffelsætter"),
        ("min svigersøn har købt en løgsætter til mig", "løgsætter"),
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
        "han har lavet en kartoffelsætter til sin have",
        "hun sætter kartofler hvert forår",
        "min far var typesætter på avisen",
        "jeg kan ikke holde bægeret",
        "jeg kan ikke stave ordene mere",
    ],
)
def test_no_tool_is_made_of_a_plain_word(said):
    assert analyze(said, TODAY).aids == ()


@pytest.mark.parametrize(
    ("wish", "said", "aid"),
    [
        ("jeg vil gerne selv sætte mine kartofler igen",
         "Svend har lavet mig en kartoffelsætter, sådan et rør man putter kartoflen ned i, og så"
         " har jeg min rollator", "kartoffelsætter"),
        ("jeg vil gerne spille kort med damerne igen",
         "min svigersøn har lavet mig et kortstativ af træ og så har jeg min lup", "kortstativ"),
        ("jeg vil gerne selv plante løg i haven",
         "naboen byggede mig en loegsaetter og saa bruger jeg rollatoren", "løgsætter"),
    ],
)  # fmt: skip
def test_a_thing_made_for_the_citizen_is_the_aid(wish, said, aid):
    content = get_content("da")
    turn = _said(_at(content, wish, "independence"), content, said)
    assert aid in _goal(turn, content)
