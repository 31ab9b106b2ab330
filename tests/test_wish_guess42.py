"""The activity guessed after three "ved ikke" to the activity cards comes from the wish's words,
never from the story of everyday life (round 42, blind143 Erling: "metaldetektor. marken.
igen." with "mad. bad. selv." in the everyday answer was a goal about bathing); a guess gives
way to the activity the wish read with the reason names. Through the real engine."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen
from engine_support import go as answer


def _guessed(everyday: str, wish: str):
    return answered_until(as_citizen(), {"everyday": everyday, "wish": wish}, "motivation")


@pytest.mark.parametrize(
    ("everyday", "wish"),
    [
        ("Erling. 77. klarer. mad. bad. selv.", "metaldetektor. marken. igen."),
        ("jeg går i bad selv og laver min mad", "drager. stranden. igen"),
        ("bor alene. vasker. bad. selv", "modeltog. kælderen"),
        ("klarer mig. bad om morgenen selv", "kortspil. klubben. igen."),
    ],
)
def test_the_story_gives_no_activity_to_a_wish_of_other_words(everyday, wish):
    turn = _guessed(everyday, wish)
    assert turn.state.slots.get("activity") not in (None, "vask_og_hygiejne"), turn.state.slots


def test_with_no_wish_in_words_the_story_is_still_read():
    """ "ved ikke" to the wish too: the story is all there is to guess from."""
    turn = answered_until(as_citizen(), {"everyday": "jeg kan ikke selv komme i bad"}, "motivation")
    assert turn.state.slots.get("activity") == "vask_og_hygiejne", turn.state.slots


def test_a_guess_gives_way_to_the_activity_the_reason_names():
    turn = _guessed("mad. bad. selv.", "metaldetektor. marken. igen.")
    after = answer(turn, "fund. vikingetid. museum. spændende.")
    assert after.state.slots.get("activity") == "fritid", after.state.slots.get("activity")


def test_an_activity_said_in_words_stays_whatever_the_reason_names():
    turn = answered_until(as_citizen(), {"wish": "jeg vil gerne feje fortovet igen"}, "motivation")
    after = answer(turn, "så jeg kan gå på museum med min søn")
    assert after.state.slots.get("activity") == "rengoering", after.state.slots.get("activity")
