"""A person typed in fragments and then refused with a "nej" of its own ("søn. nej. farligt siger
han.", blind140 Uffe) is no helper; the helpers said the same way stay, and a "nej" that
belongs to nobody before it refuses no one. Through the real engine."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen
from engine_support import go as answer

DRONE = {
    "wish": "jeg vil gerne flyve min drone over stranden igen",
    "measure": "op og ned selv",
    "frequency": "hver dag",
    "deadline": "om tre måneder",
    "independence": "med en klapstol",
}


def _people(said: str) -> list[str]:
    turn = answer(answered_until(as_citizen(), DRONE, "people"), said)
    return list(turn.state.slots.get("people") or [])


@pytest.mark.parametrize(
    ("said", "kept", "refused"),
    [
        ("Oskar. barnebarn. viser. søn. nej. farligt siger han.", "barnebarn", "søn"),
        ("nabo. bærer. datter. nej. for travl.", "nabo", "datter"),
        ("barnebarnet. hjælper. svigersøn. ikke. han vil ikke.", "barnebarn", "svigersøn"),
        ("hjemmeplejen. nej. min nabo. ja. hun hjælper.", "nabo", "hjemmepleje"),
    ],
)
def test_a_person_refused_in_fragments_is_no_helper(said, kept, refused):
    people = _people(said)
    assert kept in people and refused not in people, people


def test_helpers_in_fragments_stay():
    people = _people("Oskar. barnebarn. viser. Jens. nabo. bærer.")
    assert {"barnebarn", "nabo"} <= set(people), people


def test_a_no_said_first_refuses_no_one_after_it():
    people = _people("nej. min datter. hun hjælper mig.")
    assert "datter" in people, people
