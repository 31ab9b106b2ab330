"""A kin word quoted after a saying verb, with a mark after it, is the one spoken to (fix round
40, blind140 Wei: "han siger: far, bare sidde stille"): the citizen as their child calls them, no
father among the people; a kin word said as the subject after the verb still names that person."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "kin"),
    [
        ("min søn nej, han arbejde meget, og han siger: far, bare sidde stille.", "far"),
        ("min datter hun siger mor, lad nu vaere, jeg goer det", "mor"),
        ("min svigersøn sagde: farmor! du skal ikke gå alene", "farmor"),
        ("barnebarnet råber morfar, kom nu, og så går vi ned til stranden", "morfar"),
        ("min søn skriver far, husk din medicin, hver morgen paa sms", "far"),
    ],
)
def test_a_kin_word_quoted_after_a_saying_verb_is_no_person(said, kin):
    people = analyze(said, TODAY).people
    assert kin not in people, people


@pytest.mark.parametrize(
    ("said", "kin"),
    [
        ("min søn siger far er syg og ikke kan hjælpe", "far"),
        ("jeg vil gerne i parken og min kone siger: far kommer også med", "far"),
        ("min datter siger far og mor kommer på søndag", "mor"),
        ("min søn sagde: far har lovet at hjælpe mig", "far"),
    ],
)
def test_a_kin_word_said_as_a_person_stays(said, kin):
    people = analyze(said, TODAY).people
    assert kin in people, people
