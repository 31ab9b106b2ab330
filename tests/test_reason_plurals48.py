"""Fix round 48 (fG, blind160 Nadiya and Villads): whose the people of a reason are.
A bare plural "børn" said with its finite verb is children in general: no "mine" is put before
it ("fordi børn må ikke glemme …"); a learner's bare verb after it still makes them the
citizen's ("børn ringe hver aften" → "mine børn ringer"). A second language's "sin"/"sit"/"sine"
after a plural subject is "deres". A relative's "os børn" (a son's words) is the citizen's
"mine børn" in the goal, as the relative's other words become the citizen's."""

from __future__ import annotations

import pytest
from compose_support import reason_in_goal


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("Fordi børn må ikke glemme sit sprog og sit land.",
         ", fordi børn ikke må glemme deres sprog og deres land."),
        ("fordi børn skal lære at læse", ", fordi børn skal lære at læse."),
        ("fordi børnene skal kende sit land", ", fordi børnene skal kende deres land."),
        ("fordi de glemmer sine ting", ", fordi de glemmer deres ting."),
        ("fordi vennerne savner sin makker", ", fordi vennerne savner deres makker."),
    ],
)  # fmt: skip
def test_generic_children_and_their_own(told, reason):
    assert reason_in_goal(told, "citizen") == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("fordi børn ringe hver aften", ", fordi mine børn ringer hver aften."),
        ("fordi børnebørn skal spise min mad", ", fordi mine børnebørn skal spise min mad."),
        ("fordi min datter passer sit arbejde", ", fordi min datter passer sit arbejde."),
        ("fordi han passer sine blomster", ", fordi han passer sine blomster."),
    ],
)  # fmt: skip
def test_own_kin_and_a_singular_owner_stay(told, reason):
    assert reason_in_goal(told, "citizen") == reason


@pytest.mark.parametrize(
    ("told", "part"),
    [
        ("Han siger, at det er hans liv, der ligger i de kasser, og at det ikke skal være os"
         " børn, der smider hans ting ud.", "det ikke skal være mine børn, der smider"),
        ("fordi det ikke skal være os unger der bestemmer over ham",
         "fordi det ikke skal være mine børn, der bestemmer over mig"),
        ("fordi han ikke vil være til besvær for os", "til besvær for min familie"),
    ],
)  # fmt: skip
def test_a_relatives_us_with_their_kin_is_the_citizens_kin(told, part):
    assert part in reason_in_goal(told, "relative")
