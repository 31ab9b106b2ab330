"""Fix round 44 (fI): a new amount said on the summary inside a phrase of its own ("Ikke 10
kilometer, … Jeg vil gå den korte rute på 7 kilometer.", blind150 Vibeke) brings its phrase into
the goal's sign ("den korte rute på 7 kilometer", not "den lange rute på 7 kilometer";
dialogs/sign_phrase.py). An amount said bare, or in a phrase of another shape, keeps the sign's
own words. Played through the real chat handlers."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, TODAY, answered_until, card, go

from assistant.dialogs.engine import new_state, start
from assistant.dialogs.models import Turn

_CITIZEN = {
    "wish": "jeg vil gerne gå med i vandreklubben igen",
    "measure": "at jeg kan gå den lange tur på 5 kilometer uden pause",
    "frequency": "hver søndag",
    "deadline": "til påske",
    "independence": "med stokken",
    "people": "min veninde går med",
}
_RELATIVE = {"about": "min mor Else", **_CITIZEN,
             "wish": "hun vil gerne gå med i vandreklubben igen",
             "measure": "at hun kan gå den lange tur på 5 kilometer uden pause"}  # fmt: skip
_SIGN = "den lange tur på 5 kilometer uden pause"


def _summary(relative: bool) -> Turn:
    """The summary of the dialogue: the long walk of 5 kilometres in the sign."""
    who = "paaroerende" if relative else "borger"
    answers = _RELATIVE if relative else _CITIZEN
    turn = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card(who), card("ja"))
    turn = answered_until(turn, {**answers, "handover": card("ikke_selv")}, "confirm")
    assert _SIGN in turn.goal_text, turn.goal_text
    return turn


_AT = {False: _summary(False), True: _summary(True)}


@pytest.mark.parametrize(
    ("relative", "answer", "sign"),
    [
        (False, "Nej, det er forkert. Ikke 5 kilometer, det er for meget. Jeg vil gå den korte "
         "tur på 3 kilometer.", "den korte tur på 3 kilometer uden pause"),
        (False, "nej øh ikke 5 kilometer, hellere den lille tur paa 2 kilometer",
         "den lille tur på 2 kilometer uden pause"),
        (True, "nej hun kan ikke gaa 5 kilometer. hun vil gaa den nemme tur paa 3 kilometer",
         "den nemme tur på 3 kilometer uden pause"),
    ],
)  # fmt: skip
def test_the_new_amount_brings_its_own_phrase(relative, answer, sign):
    turn = go(_AT[relative], answer)
    assert sign in turn.goal_text, turn.goal_text
    assert "lange tur" not in turn.goal_text, turn.goal_text


@pytest.mark.parametrize(
    "answer",
    [
        "nej ikke 5 kilometer, 3 kilometer",
        "nej, 3 kilometer på den lange tur",
        "nej det er for langt, hellere en tur på 3 kilometer",
    ],
)
def test_a_bare_or_other_phrase_keeps_the_sign_words(answer):
    turn = go(_AT[False], answer)
    assert "den lange tur på 3 kilometer uden pause" in turn.goal_text, turn.goal_text
