"""Where an aid one needs is used, said after what it is for ("en høj stol at sidde på ved
komfuret"): the place stays beside the aid in the goal (assistant/dialogs/aid_place.py)."""

from __future__ import annotations

import pytest
from test_engine import begin, card, go, text, until

from assistant.content import get_content
from assistant.dialogs.aid_place import aid_place

CONTENT = get_content("da")
GRAMMAR = CONTENT.goals.grammar


@pytest.mark.parametrize(
    ("told", "phrase", "place"),
    [
        ("selv, men jeg skal have en høj stol at sidde på ved komfuret", "en høj stol",
         "ved komfuret"),
        # without æøå restored the words still match; a place after "foran"
        ("øh jeg skal bruge en skammel at stå på foran vasken", "en skammel", "foran vasken"),
        # a relative, third person, and "ude i"
        ("hun skal have en stol at sidde på ude i køkkenet", "en stol", "ude i køkkenet"),
        # no purpose before the place: the aid phrase's own end decides, nothing is added
        ("jeg skal have en høj stol ved komfuret", "en høj stol", ""),
        # a purpose with no place after it
        ("jeg skal have en høj stol at sidde på", "en høj stol", ""),
        # a place word that is no noun in its definite form
        ("jeg skal have en stol at sidde på i lang tid", "en stol", ""),
    ],
)  # fmt: skip
def test_the_place_after_an_aids_purpose(told, phrase, place):
    assert aid_place(told, phrase, CONTENT.dialogue, GRAMMAR) == place


def test_the_goal_keeps_where_a_needed_aid_is_used():
    turn = until(begin(CONTENT), CONTENT, "wish")
    turn = go(turn, CONTENT, text("jeg vil gerne kunne vaske op selv igen"))
    turn = until(turn, CONTENT, "independence")
    turn = go(turn, CONTENT, text("selv, men jeg skal have en skammel at sidde paa ved vasken"))
    turn = until(turn, CONTENT, "confirm", card("ja"))
    assert "med en skammel ved vasken" in turn.goal_text, turn.goal_text
