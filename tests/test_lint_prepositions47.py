"""The persona lint lets a preposition in -en before a plural be (round 156 Leo)."""

from __future__ import annotations

import pytest
from persona_expect import grammar_problems

GOOD = [
    # blind156 Leo: "siden" is a preposition, not a definite noun
    "Jeg vil kunne grille til familien igen, fordi grillen er mit job, det har den været siden "
    "halvfjerdserne.",
    "Jeg vil kunne spille kort med de gamle kolleger, som jeg har kendt siden firserne.",
    "Jeg vil kunne gå til sang igen, det har jeg gjort siden tresserne.",
    "Jeg vil kunne cykle derhen, hvor børnene leger, hver lørdag.",
    "Jeg vil kunne bage boller, så hverken børnene eller naboerne skal hjælpe mig.",
    "Jeg vil kunne gå derhen med hundene hver morgen.",
]

BAD = [
    # a real apposition run in still caught
    "Jeg vil kunne vande mine blomster på altanen pelargonierne og tomaterne hver dag.",
    "Jeg vil kunne pudse sølvet i stuen lysestagerne og skålene til jul.",
    "Jeg vil kunne beskære træerne i haven æbletræerne og pæretræerne hvert forår.",
]


@pytest.mark.parametrize("text", GOOD)
def test_a_preposition_in_en_before_a_plural_is_no_apposition(text):
    assert not [p for p in grammar_problems(text) if "apposition" in p]


@pytest.mark.parametrize("text", BAD)
def test_a_definite_noun_run_into_a_plural_is_still_caught(text):
    assert any("apposition" in p for p in grammar_problems(text))
