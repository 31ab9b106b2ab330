"""A person typed in fragments with their name as a part of its own and then a "nej"/"ikke"
("søn. Niels. nej. Aarhus. langt.", blind148 Thorkild; "datter. Birthe. nej. travl.", blind147
Jens) is refused; a helper named the same way stays one, and a "nej" before the person refuses
no one. Read by the NLP and through the real engine."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand
from engine_support import answered_until, as_citizen
from engine_support import go as answer

TODAY = date(2026, 12, 6)
WALK = {
    "wish": "jeg vil gerne gaa ned til kroen igen",
    "measure": "hele vejen",
    "frequency": "hver søndag",
    "deadline": "til påske",
    "independence": "med min rollator",
}


def _roles(said: str) -> dict:
    return dict((understand(said, TODAY).extras or {}).get("people_roles") or {})


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("søn. Niels. nej. Aarhus. langt.", "søn"),
        ("datter. Birthe. nej. travl.", "datter"),
        ("svigerdatter. Lone. nej tak. for travl", "svigerdatter"),
        ("min søn. Niels. ikke. han har travlt.", "søn"),
        ("øh. nevø. Kasper. nej. bor i Kolding.", "nevø"),
        ("barnebarn. Mikkel. ikke. for ung.", "barnebarn"),
    ],
)
def test_a_person_named_in_fragments_then_refused_is_unwanted(said, person):
    assert _roles(said).get(person) == "unwanted", _roles(said)


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("nabo. Anders. går. med.", "nabo"),
        ("datter. Birthe. hjælper.", "datter"),
        ("veninde. Grete. kører. mig.", "veninde"),
        ("nej. datter. hjælper.", "datter"),
    ],
)
def test_a_person_named_in_fragments_who_helps_stays_a_helper(said, person):
    assert _roles(said).get(person) in {"helper", "companion"}, _roles(said)


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("sygeplejersken. datter nej. Aarhus. travl.", "datter"),
        ("nabo. Jens. søn nej. København.", "søn"),
        ("Rasmus. barnebarn. samler grene. Søn nej. Spanien.", "søn"),
    ],
)
def test_a_place_after_a_refusal_is_no_name_and_the_refusal_stands(said, person):
    """ "datter nej. Aarhus.": the place part after the refusal is not joined to it."""
    assert _roles(said).get(person) == "unwanted", _roles(said)


def test_the_helper_stays_beside_the_one_refused():
    roles = _roles("nabo. Anders. går. med. første. gang. søn. Niels. nej. Aarhus. langt.")
    assert roles.get("nabo") == "companion" and roles.get("søn") == "unwanted", roles


def test_the_goal_keeps_the_neighbour_not_the_son():
    turn = answered_until(as_citizen(), WALK, "people")
    said = "nabo. Anders. går. med. søn. Niels. nej. Aarhus. langt."
    people = answer(turn, said).state.slots.get("people")
    assert "nabo" in people and "søn" not in people, people


def test_a_daughter_named_and_refused_is_left_out_of_the_goal():
    turn = answered_until(as_citizen(), WALK, "people")
    people = answer(turn, "Sofus. oldebarn. hjælper. datter. Birthe. nej. travl.").state.slots
    assert "datter" not in (people.get("people") or []), people.get("people")
