"""A wish typed as single words whose thing is a definite noun ("fuglene. foderbrættet. selv.")
gets the verb the thing goes with ("fodre fuglene", "lufte hunden", "vande blomsterne") or the
activity's own words, never a goal with no verb ("Jeg vil selv kunne fuglene"); a place said so
is gone to ("komme i kirken"). A sign typed as a bare thing and its state ("foderbræt fyldt.
hver morgen. selv.") is said as the thing's state ("når foderbrættet er fyldt"), the fragments
that answer other questions left out (blind130, Gunnar). Through the real engine."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, answered_until, as_citizen

from assistant.nlp.telegraph import thing_in_state

G = CONTENT.goals.grammar
REST = {
    "motivation": "glad",
    "frequency": "hver dag",
    "deadline": "8 uger",
    "independence": "selv",
    "people": "ingen",
}


def _goal(wish: str, measure: str = "hver dag") -> str:
    answers = {**REST, "wish": wish, "measure": measure}
    return answered_until(as_citizen(), answers, "confirm").goal_text


@pytest.mark.parametrize(
    ("wish", "doing"),
    [
        ("fuglene. foderbrættet. selv.", "kunne fodre fuglene"),
        ("hønsene. selv", "kunne fodre hønsene"),
        ("ænderne. søen. selv", "kunne fodre ænderne"),
        ("katten. selv", "kunne fodre katten"),
        ("hunden. selv.", "kunne lufte hunden"),
        ("blomsterne. selv.", "kunne vande blomsterne"),
        ("stueplanterne", "kunne vande stueplanterne"),
    ],
)
def test_a_thing_typed_alone_as_the_wish_gets_its_verb(wish, doing):
    goal = _goal(wish)
    assert doing in goal, goal


@pytest.mark.parametrize(
    ("wish", "doing"),
    [
        ("kirken. søndag. selv", "komme i kirken"),
        ("haven. selv", "komme i haven"),
    ],
)
def test_a_place_typed_alone_as_the_wish_is_gone_to(wish, doing):
    goal = _goal(wish)
    assert doing in goal, goal


@pytest.mark.parametrize(
    ("said", "apart", "sign"),
    [
        ("foderbræt fyldt. hver morgen. selv.", "hver morgen", "foderbrættet er fyldt"),
        ("seng redt. selv", "", "sengen er redt"),
        ("skraldespand tømt, hver tirsdag", "hver tirsdag", "skraldespanden er tømt"),
        ("opvask vasket. selv.", "", "opvasken er vasket"),
        ("postkassen tømt. selv", "", "postkassen er tømt"),
    ],
)
def test_a_thing_and_its_state_typed_apart_is_the_things_state(said, apart, sign):
    assert thing_in_state(said, G, (apart,)) == sign


@pytest.mark.parametrize(
    "said", ["kaffe. kage.", "gå tur. selv", "en hel side. sat ind.", "foderbræt fyldt. hver dag"]
)
def test_other_fragments_are_no_things_state(said):
    assert thing_in_state(said, G, ()) is None


def test_a_things_state_is_the_goals_sign_without_the_other_answers():
    goal = _goal("fuglene. foderbrættet. selv.", "foderbræt fyldt. hver morgen. selv.")
    assert "når foderbrættet er fyldt." in goal, goal
    assert "selv." not in goal and "foderbræt er" not in goal, goal
