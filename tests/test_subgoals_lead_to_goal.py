"""Every step leads to the goal: a walk out to a place starts outside, not "30 meter inde i min
bolig"; buttering bread is no baking; a hot drink is stepped down in the wish's own words."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp.subgoals import suggest_subgoals

TODAY = date(2026, 12, 4)
GOALS = get_content("da").goals


def _texts(goal: dict, level: int = 2) -> list[str]:
    goal = {"deadline": "2027-03-01", "current_level": level, **goal}
    return [s["text"] for s in suggest_subgoals(goal, GOALS, TODAY)]


@pytest.mark.parametrize(
    ("own", "meters"),
    [
        ("gå ned til havnen med min rollator", 800),
        ("gaa hen til kirken om soendagen", 600),
        ("gå ud til containerne med skraldet", 150),
        ("kunne gå over til min søster i nabobyen", 1000),
    ],
)
def test_a_walk_out_to_a_place_has_no_step_at_home(own, meters):
    goal = {
        "activity": "gang",
        "own_action": own,
        "measures": [{"value": meters, "unit": "meter"}],
        "independence": "hjaelpemiddel",
        "aids": ["stok"],
    }
    texts = _texts(goal)
    assert not [t for t in texts if "inde i" in t], texts
    assert len(texts) >= 2, texts


@pytest.mark.parametrize(
    ("own", "meters"),
    [
        ("gå rundt i lejligheden uden at falde", 40),  # no place out: the home step stays
        ("gå ud i køkkenet med rollatoren", 20),  # short enough for a home
    ],
)
def test_a_walk_at_home_keeps_its_home_step(own, meters):
    goal = {
        "activity": "gang",
        "own_action": own,
        "measures": [{"value": meters, "unit": "meter"}],
        "independence": "hjaelpemiddel",
        "aids": ["rollator"],
    }
    assert any("inde i" in t for t in _texts(goal)), _texts(goal)


@pytest.mark.parametrize(
    "own",
    [
        "smøre mit eget rugbrød om morgenen",
        "smore mine rugbrodsmadder selv til frokost",
        "lave min kaffe og smøre rugbrød med pålæg",
    ],
)
def test_buttering_bread_is_no_baking(own):
    goal = {"activity": "madlavning", "own_action": own, "independence": "selv"}
    texts = _texts(goal)
    assert not [t for t in texts if "bage" in t or "dej" in t], texts


@pytest.mark.parametrize(
    ("own", "said"),
    [
        ("lave min morgenkaffe selv igen", "morgenkaffe"),
        ("brygge kaffe til mig og min kone om eftermiddagen", "kaffe"),
        ("lave min egen kaffe og smøre mit rugbrød", "kaffe"),
    ],
)
def test_a_hot_drink_is_stepped_down_in_its_own_words(own, said):
    goal = {"activity": "madlavning", "own_action": own, "people": ["datter"]}
    texts = _texts(goal)
    assert all(said in t for t in texts), texts


@pytest.mark.parametrize(
    ("own", "place"),
    [
        ("køre på scooteren hen til biblioteket hver onsdag", "til biblioteket"),
        ("kore pa min elscooter ud til min datter og drikke kaffe", "til min datter"),
        ("øh køre selv på el-scooteren til lægehuset igen", "til lægehuset"),
    ],
)
def test_a_ride_to_a_named_place_names_it_in_the_steps(own, place):
    goal = {"activity": "transport", "own_action": own, "aids": ["el-scooter"], "people": ["nabo"]}
    texts = _texts(goal, level=3)
    assert not [t for t in texts if "et sted, jeg kender" in t], texts
    assert any(place in t for t in texts), texts


def test_a_ride_to_no_named_place_keeps_the_known_place():
    goal = {"activity": "transport", "own_action": "køre på min scooter igen", "people": ["nabo"]}
    assert any("et sted, jeg kender" in t for t in _texts(goal, level=3))
