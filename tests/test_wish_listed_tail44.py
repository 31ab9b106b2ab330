"""A list of things after the wish's last comma, right after a place or company phrase, names
what the place holds ("træne i fitnesscentret i hallen med mine veninder, cykel og løbebånd og
maskinerne", blind149 Hanne): the goal's verb phrase ends before it (nlp/listed_tail.py). The
verb's own objects and a list of verbs stay."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

TODAY = date(2026, 12, 6)


def _action(said: str) -> str:
    return understand(said, TODAY).extras["action"]


@pytest.mark.parametrize(
    ("said", "action"),
    [
        (
            "Jeg vil tilbage og træne i fitnesscentret i hallen med mine veninder, cykel og "
            "løbebånd og maskinerne.",
            "tilbage og træne i fitnesscentret i hallen med mine veninder",
        ),
        ("øh jeg vil gerne træne i fitnesscentret, cykel og løbebånd", "træne i fitnesscentret"),
        (
            "hun vil gerne ned i kolonihaven med sin mand, jordbær og kartofler",
            "ned i kolonihaven med sin mand",
        ),
        ("jeg vil gerne spille med i orkestret, violin eller bratsch", "spille med i orkestret"),
        (
            "jeg vil gerne i vandet i svømmehallen, bassinet og saunaen",
            "i vandet i svømmehallen",
        ),
    ],
)
def test_a_list_of_what_the_place_holds_is_no_part_of_the_goal(said, action):
    assert _action(said) == action


@pytest.mark.parametrize(
    ("said", "action"),
    [
        (
            "jeg vil gerne bage igen, boller og kager og rugbrød",
            "bage igen, boller og kager og rugbrød",
        ),
        ("jeg vil gerne bage boller, kager og rugbrød", "bage boller, kager og rugbrød"),
        ("Jeg vil gerne i haven igen, luge og slå græs.", "i haven igen, luge og slå græs"),
    ],
)
def test_the_verbs_objects_and_verbs_stay(said, action):
    # counter-examples: no place phrase before the list, or the list is of verbs
    assert _action(said) == action
