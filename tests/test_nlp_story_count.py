"""A count of times told in a perfect's story, past the object and a place or a giver said
between ("har fået rykker fra elselskabet to gange"): what happened, no measure of the goal."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "nu har hun fået rykker fra elselskabet to gange og hun vil gerne have styr på regningerne",
        "far er blevet indlagt på sygehuset med lungebetændelse tre gange, han vil gå ture igen",
        "mor har glemt at tage sine piller om aftenen to gange så hun vil gerne have en pilleæske",
        "han har været ude at falde på badeværelset tre gange og vil gerne kunne gå i bad selv",
        "øh jeg har brændt gryden på komfuret i køkkenet to gange altså jeg vil lave mad igen",
        "min kone har ringet til vagtlægen om natten fire gange og nu vil hun gerne sove igennem",
        "svigerfar har faaet en bøde fra parkeringsvagten to gange, han vil gerne kunne køre selv",
        "hun har mistet nøglerne til opgangen nede i byen tre gange og vil gerne selv kunne handle",
    ],
)
def test_a_count_told_in_a_perfect_with_words_between_is_no_measure(text):
    assert not analyze(text, TODAY).measures


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # the count the wish itself reaches stays
        ("jeg vil gerne kunne rejse mig fra stolen fem gange i træk", (5, "gang")),
        ("far har fået øvelser og vil gerne gå op ad trappen ti gange i træk", (10, "gang")),
    ],
)
def test_a_count_the_wish_reaches_stays_a_measure(text, measure):
    assert [(m.value, m.unit) for m in analyze(text, TODAY).measures] == [measure]
