"""Fix round 54 (blind174 Amra): two second-language phrases of a reason written as Danish says
them: the genitive said with "sin" after its owner ("det er min mor sin opskrift" → "min mors
opskrift") and the person taught said after the thing ("lære den til mine børnebørn" → "lære
mine børnebørn den"). A verb of two objects ("han giver min mor sin taske") and a thing learnt
for an exam ("lære det til eksamen") stay as said. Through the composer's polish
(nlp/learner_phrases.py) and the real dialogue."""

from __future__ import annotations

import pytest
from compose_support import dialogue_goal, reason_in_goal


@pytest.mark.parametrize(
    ("told", "written"),
    [
        ("Fordi det er min mor sin opskrift.", "fordi det er min mors opskrift"),
        ("fordi min søster sit hus er så hyggeligt", "fordi min søsters hus er så hyggeligt"),
        ("fordi det er min far sine gamle værktøj", "min fars gamle værktøj"),
        ("fordi det er min mormor sin gamle opskrift", "min mormors gamle opskrift"),
        ("Fordi jeg vil lære den til mine børnebørn, før jeg glemmer.", "lære mine børnebørn den,"),
        ("fordi jeg vil lære det til mit barnebarn", "lære mit barnebarn det"),
    ],
)
def test_a_learners_genitive_and_the_person_taught_are_written_as_danish(told, written):
    assert written in reason_in_goal(told, "citizen")


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        ("fordi han giver min mor sin taske hver dag", "giver min mor sin taske"),  # two objects
        ("fordi jeg vil lære det til eksamen", "lære det til eksamen"),  # no person taught
        ("fordi min mor, sin egen herre, bestemmer", "min mor, sin egen"),  # a mark between
        ("fordi hun vil have sin kaffe", "have sin kaffe"),  # a verb before "sin"
        ("fordi jeg vil lære mine børnebørn den", "lære mine børnebørn den"),  # Danish already
    ],
)
def test_other_sin_and_til_stay_as_said(told, kept):
    assert kept in reason_in_goal(told, "citizen")


def test_amras_reason_through_the_dialogue():
    goal = dialogue_goal(
        wish="Jeg vil gerne lave pita til familien om søndagen igen.",
        motivation="Fordi det er min mor sin opskrift, og jeg vil lære den til mine barnebørn, "
        "før jeg glemmer. Og familie sidder sammen ved bordet, det er det vigtigste.",
    )
    assert "min mors opskrift" in goal, goal
    assert "lære mine børnebørn den" in goal, goal
    assert "mor sin" not in goal and "lære den til" not in goal, goal
