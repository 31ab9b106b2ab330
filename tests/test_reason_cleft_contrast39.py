"""Fix round 39 (fB, blind138 Merete): "sådan" as the focus of a cleft is kept in the reason ("det
er sådan jeg følger med i deres liv", never "det er jeg følger …"); another person's clause left
out of a reason takes the clause set against it by "men" with it when that one is another
person's too ("…, de ringer jo aldrig men de svarer altid på messenger": no "men" left
contrasting nothing); the citizen's own part after "men" stays."""

from __future__ import annotations

import pytest
from engine_support import at_summary


def _goal(wish: str, why: str) -> str:
    return at_summary({"wish": wish, "motivation": why}).prompt.split("\n")[0]


@pytest.mark.parametrize(
    ("why", "has"),
    [
        ("fordi det er saadan jeg foelger med i deres liv", "det er sådan jeg følger med"),
        ("det er jo sådan vi holder kontakt", "det er sådan vi holder kontakt"),
        ("fordi det er sådan, jeg ser dem grine", "det er sådan, jeg ser dem grine"),
    ],
)
def test_the_focus_of_a_cleft_is_kept(why, has):
    goal = _goal("jeg vil gerne kunne skrive beskeder til mine børnebørn igen", why)
    assert has in goal, goal


@pytest.mark.parametrize(
    "why",
    [
        "fordi det er saadan jeg foelger med i deres liv, de ringer jo aldrig men de svarer altid",
        "det er sådan jeg følger med i deres liv, de kommer aldrig men de skriver tit",
    ],
)
def test_a_contrast_of_others_goes_with_their_clause(why):
    goal = _goal("jeg vil gerne kunne skrive beskeder til mine børnebørn igen", why)
    assert "følger med i deres liv" in goal, goal
    assert " men " not in goal and "svarer" not in goal and "skriver" not in goal, goal


def test_the_citizens_own_part_after_men_stays():
    why = "fordi de bor langt væk, de kommer sjældent men jeg kan skrive til dem hver dag"
    goal = _goal("jeg vil gerne kunne skrive beskeder til mine børnebørn igen", why)
    assert "men jeg kan skrive til dem hver dag" in goal, goal
