"""Fix round 55 mends (m3) of review55 findings on whose person and whose aid.

- #9: "styrer/bestemmer for …" is a complaint only as "for meget" ("min svigerdatter bestemmer
  for meget"); "min søn styrer for mig alt det med kommunen" is help (people.yaml
  roles.complaint).
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand
from engine_support import at_summary

TODAY = date(2026, 12, 7)
SHOP = "jeg vil gerne gå ned til købmanden og handle selv igen"


def _roles(text: str) -> dict:
    return (understand(text, TODAY).extras or {}).get("people_roles") or {}


def _goal_people(people: str) -> list:
    turn = at_summary(
        {
            "wish": SHOP,
            "people": people,
            "measure": "ved ikke",
            "frequency": "en gang om ugen",
            "deadline": "til jul",
        }
    )
    return list(turn.state.slots.get("people") or [])


# --- #9: "styrer for mig" is help, "bestemmer for meget" a complaint --------------------------


@pytest.mark.parametrize(
    ("said", "people"),
    [
        (
            "Min søn styrer for mig alt det med kommunen, og min datter går med mig.",
            {"søn", "datter"},
        ),
        ("min son styrer for mig det med papirerne, og han kører mig", {"søn"}),
        ("øh min datter hun bestemmer for mig hvornår vi handler og hun går med", {"datter"}),
    ],
)
def test_steering_for_the_citizen_is_no_complaint(said, people):
    assert people <= set(_goal_people(said))


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("min svigerdatter bestemmer for meget", "svigerdatter"),
        ("min søn styrer alt for meget", "søn"),
        ("Min kone bestemmer alt for meget over mig", "kone"),
        ("Min kone styrer alt med pengene.", "kone"),
    ],
)
def test_steering_too_much_is_still_a_complaint(said, person):
    assert _roles(said)[person] == "complaint"
