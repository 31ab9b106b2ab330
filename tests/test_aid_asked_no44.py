"""An aid asked as a question, or said alone before a comma, and answered no at once ("En
rollator i skoven? Nej, aldrig i livet.", blind150 Vibeke; "Stok? Nej tak.", "rollator, nej det
gider jeg ikke"): the refused aid goes to the story, the things told beside it stay the means
(hjaelpemiddel; the level is not wiped); a refusal alone leaves the goal done alone. An aid
asked and answered yes, or a no that answers no question, changes nothing. Through the real
engine."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen
from engine_support import go as answer

WALK = {
    "wish": "jeg vil gerne gaa med vandreklubben igen",
    "measure": "den korte rute paa 7 kilometer",
    "frequency": "hver søndag",
    "deadline": "til påske",
}


def _slots(said: str) -> dict:
    return answer(answered_until(as_citizen(), WALK, "independence"), said).state.slots


def _goal_aids(slots: dict) -> list:
    story = slots.get("story_aids") or []
    return [a for a in slots.get("aids") or [] if a not in story]


@pytest.mark.parametrize(
    ("said", "kept", "refused"),
    [
        (
            "Jeg har faaet vandrestave af fysioterapeuten. En rollator i skoven? Nej, aldrig "
            "i livet.",
            "vandrestav",
            "rollator",
        ),
        ("øh jeg bruger min stok. rollator? nej tak.", "stok", "rollator"),
        ("Stok? Nej tak. Jeg går med min rollator.", "rollator", "stok"),
        ("jeg har min stok, rollator, nej det gider jeg ikke", "stok", "rollator"),
        ("Hun har sin stok. Kørestol? Nej, det vil hun ikke.", "stok", "kørestol"),
        ("jeg har mine vandrestave, men en rollator? ellers tak.", "vandrestav", "rollator"),
    ],
)
def test_an_aid_asked_and_answered_no_goes_the_others_stay(said, kept, refused):
    slots = _slots(said)
    assert slots.get("independence") == "hjaelpemiddel", slots.get("independence")
    aids = _goal_aids(slots)
    assert kept in aids, slots
    assert refused not in aids, slots


@pytest.mark.parametrize("said", ["Rollator? Nej tak.", "en rollator? nej, aldrig i livet"])
def test_an_aid_asked_and_refused_alone_is_done_alone(said):
    slots = _slots(said)
    assert slots.get("independence") == "selv", slots.get("independence")
    assert not _goal_aids(slots), slots


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("En rollator? Ja, den bruger jeg, når vi går i skoven.", "rollator"),
        ("Jeg går med rollator. Nej, jeg kan ikke undvære den.", "rollator"),
        ("Hvad jeg bruger? Min rollator.", "rollator"),
        ("rollator, stok og en god stol", "rollator"),
    ],
)
def test_an_aid_not_refused_so_stays(said, aid):
    slots = _slots(said)
    assert aid in _goal_aids(slots), slots
