"""A sign that says the wish's place again up to the "og" that opens its next doing ("… kørt en
kurv brænde ind fra skuret og fået ild i ovnen" after "hente brænde ind fra skuret og tænde op")
leaves the place to the wish: the "og" is no word they share, the place is said once (blind133
Jytte). A run that goes on past "og" into a verb stays the clause rule's (compose._unrepeated)."""

from __future__ import annotations

from engine_support import answered_until, as_citizen

REST = {
    "motivation": "glad",
    "frequency": "hver morgen",
    "deadline": "8 uger",
    "independence": "selv",
    "people": "ingen",
}


def _goal(wish: str, measure: str) -> str:
    answers = {**REST, "wish": wish, "measure": measure}
    return answered_until(as_citizen(), answers, "confirm").goal_text


def test_the_place_said_again_before_og_is_said_once():
    text = _goal(
        "hun vil gerne selv hente brænde ind fra skuret og fyre op",
        "at hun har kørt en kurv brænde ind fra skuret og fået gang i ovnen",
    )
    assert text.count("ind fra skuret") == 1
    assert "køre en kurv brænde og få gang i ovnen" in text


def test_a_place_said_again_in_a_typed_sign_without_aeoeaa():
    text = _goal(
        "jeg vil selv baere posen ud til containeren og smide den ud",
        "at jeg har baaret to poser ud til containeren og kommet hjem igen",
    )
    assert text.count("ud til containeren") == 1


def test_a_sign_sharing_less_than_the_run_keeps_its_words():
    text = _goal(
        "jeg vil gerne selv hente posten og læse den",
        "at jeg har hentet posten i postkassen og læst den",
    )
    assert "postkassen" in text
