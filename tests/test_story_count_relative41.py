"""A count told in a perfect with an adverb before the participle ("vi har kun set hinanden tre
gange") is the story, no measure of the goal; a clause after "noget," that ends on a preposition
left without its noun ("noget, man kan holde i") is a relative clause and stays in the reason
(fix round 41, blind143 Else-Marie)."""

from __future__ import annotations

from datetime import date

import pytest
from goal_corpus import check

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "Vi har kun set hinanden tre gange.",
        "jeg er aldrig faldet mere end to gange",
        "vi har bare været derude fire gange siden sommer",
        "min datter har jo sat den op to gange",
        "han har ik engang set dem tre gange i år",
    ],
)
def test_a_count_in_a_told_perfect_is_no_measure(said):
    assert not analyze(said, TODAY).measures


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("jeg vil kunne gå en tur tre gange", 3),
        ("jeg har kun to timer om dagen", 2),
    ],
)
def test_a_count_of_the_wish_or_a_present_amount_stays(said, value):
    assert [m.value for m in analyze(said, TODAY).measures] == [value]


@pytest.mark.parametrize(
    ("wish", "kept"),
    [
        ("Jeg vil gerne skrive breve med hånden igen, fordi et brev skrevet med hånden er noget, "
         "man kan holde i.", "noget, jeg kan holde i"),
        ("Jeg vil gerne i haven igen, fordi det er noget, jeg kan glæde mig til.",
         "noget, jeg kan glæde mig til"),
    ],
)  # fmt: skip
def test_a_relative_clause_after_a_comma_stays_in_the_reason(wish, kept):
    assert kept in check(wish, False).goal


def test_a_clause_of_its_own_after_noget_still_goes():
    goal = check("Jeg vil gerne i haven igen, fordi det betyder noget, hun er så glad for haven.",
                 False).goal  # fmt: skip
    assert "hun er" not in goal and "glad for haven" not in goal


def test_an_infinitive_own_preposition_is_no_relative_clause():
    goal = check("Jeg vil gerne handle selv igen, så jeg ikke skal bede min datter om alt, hun har "
                 "nok at se til.", False).goal  # fmt: skip
    assert "nok at se til" not in goal
