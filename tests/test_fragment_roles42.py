"""People typed in fragments with a negated verb of their own ("sønnen. Aalborg. kommer. ikke.",
round 42, blind144 Dorthea) are no helpers; "sønnen. hjælper." is one. Read by the NLP and
through the real engine."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand
from engine_support import answered_until, as_citizen
from engine_support import go as answer

TODAY = date(2026, 12, 6)
SWEEP = {
    "wish": "jeg vil gerne feje fortovet igen",
    "measure": "hele fortovet",
    "frequency": "hver lørdag",
    "deadline": "til påske",
    "independence": "med en kost",
}


def _roles(said: str) -> dict:
    return dict((understand(said, TODAY).extras or {}).get("people_roles") or {})


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("sønnen. Aalborg. kommer. ikke.", "søn"),
        ("datter. hjælper ikke.", "datter"),
        ("min søn. han kommer ikke.", "søn"),
        ("svigerdatter. kan ikke. arbejde.", "svigerdatter"),
        ("Ellen. genbo. hjælper. sønnen. Aalborg. kommer. ikke.", "søn"),
    ],
)
def test_a_person_whose_fragments_say_no_is_refused(said, person):
    assert _roles(said).get(person) == "unwanted", _roles(said)


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("sønnen. hjælper.", "søn"),
        ("veninde. Grete. kører. mig.", "veninde"),
        ("Ellen. genbo. hjælper. sønnen. Aalborg. kommer. ikke.", "nabo"),
        ("naboen. hjaelper. datteren. nej.", "nabo"),
    ],
)
def test_a_person_whose_fragments_help_is_a_helper(said, person):
    assert _roles(said).get(person) == "helper", _roles(said)


def test_a_refusal_told_by_its_marks_stays():
    """ "datter. nej. travl.": the "nej" after the mark refuses her, read as said."""
    assert _roles("Jens. ven. klubben. kører. datter. nej. travl.").get("datter") == "unwanted"


def test_a_whole_sentence_is_read_as_said():
    assert _roles("min datter hjælper mig, men min søn bor i Aalborg").get("datter") == "helper"


def test_the_goal_keeps_the_helper_not_the_one_who_does_not_come():
    turn = answered_until(as_citizen(), SWEEP, "people")
    people = answer(turn, "naboen. hjælper. sønnen. kommer. ikke.").state.slots.get("people")
    assert "nabo" in people and "søn" not in people, people


def test_a_name_that_says_more_is_someone_else():
    """ "ergoterapeut. Ruth nej.": Ruth is refused, not the therapist said before her."""
    assert _roles("ergoterapeut. Ruth nej. hun har nok.").get("ergoterapeut") != "unwanted"
