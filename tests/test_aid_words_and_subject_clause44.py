"""Fix round 44 (fI), blind150 Mona: (1) an aid's phrase told on past the tool ("en malerulle paa
et langt skaft") is taken from the answer as spelled, æøå restored ("på et langt skaft"), never
from its folded ASCII form ("paa"; handlers._with_more); (2) a measure of the wish said with a
clause of its own subject ("male vores stue selv inden familien kommer", compose
subject_clause_leads) goes before that clause ("… i en time ad gangen …, inden familien
kommer"), not after it as if the family came for an hour, and the clause after the aids is set
off by a comma. Through the real engine."""

from __future__ import annotations

import pytest
from engine_support import at_summary

PAINT = {
    "wish": "jeg vil gerne male vores stue selv",
    "frequency": "tre formiddage om ugen en time ad gangen",
    "deadline": "inden paaske",
    "motivation": "fordi jeg er stolt af mit hus",
}


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("med en malerulle paa et langt skaft", "med en malerrulle på et langt skaft"),
        (
            "ergoterapeuten har laant mig en malerulle paa et teleskob skaft saa jeg ikke skal "
            "op paa stigen, og en lille skammel",
            "på et",
        ),
        ("øh jeg har faaet en malerulle paa en lang stang", "med en malerrulle på en lang stang"),
    ],
)
def test_the_aid_phrase_is_spelled_not_folded(said, phrase):
    turn = at_summary({**PAINT, "independence": said})
    assert phrase in turn.goal_text, turn.goal_text
    assert " paa " not in turn.goal_text, turn.goal_text


@pytest.mark.parametrize(
    ("wish", "frequency", "before", "clause"),
    [
        (
            "jeg vil gerne male vores stue selv inden familien kommer til paaske",
            "tre formiddage om ugen en time ad gangen",
            "i en time ad gangen",
            "inden familien kommer",
        ),
        (
            "jeg vil gerne kunne bage boller selv igen foer boerneboernene kommer paa besoeg",
            "hver loerdag en halv time ad gangen",
            "i en halv time ad gangen",
            "før børnebørnene kommer på besøg",
        ),
    ],
)
def test_the_wish_measure_goes_before_a_clause_of_its_own_subject(wish, frequency, before, clause):
    answers = {**PAINT, "wish": wish, "frequency": frequency, "independence": "med en høj stol"}
    text = at_summary(answers).goal_text
    assert before in text and clause in text, text
    assert text.index(before) < text.index(clause), text
    assert f"{clause} {before}" not in text, text
    assert f"høj stol, {clause}" in text, text


def test_a_wish_without_such_a_clause_keeps_its_measure_after_it():
    text = at_summary({**PAINT, "independence": "med en høj stol"}).goal_text
    assert "male vores stue i en time ad gangen tre formiddage om ugen med en høj stol," in text
