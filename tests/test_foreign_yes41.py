"""A Danish yes with words of another language around it ("Khob, ja, fint.") is a yes at the
sub-goals and at the goal, also for a word no list names ("ja fint, dobrze", "Wallah, ja"): words
Danish does not know are read past; a Danish no beside them is never a yes (fix round 41,
blind143 Ghulam). Through the real engine."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen
from engine_support import go as answer
from test_engine_change import at_summary
from test_engine_confirm import DRESS

KITE = {
    "wish": "jeg vil gerne flyve med drage igen med mine børnebørn",
    "measure": "en hel time",
    "frequency": "hver søndag",
    "deadline": "om tre måneder",
    "independence": "med min klapstol",
    "people": "mine børnebørn",
}


def _at_steps():
    return answered_until(as_citizen(), KITE, "subgoals")


def _steps(turn) -> list[str]:
    return [item["text"].lower() for item in turn.state["subgoals"] or []]


@pytest.mark.parametrize(
    "said",
    [
        "Khob, ja, fint.",
        "khob ja fint",
        "ja fint khob",
        "Kheili khob. Ja, det er gode skridt.",
        "Evet, ja, tamam",
        "dobrze. ja det er fint",
        "Wallahi, ja fint",  # a word no list names
        "Baş, ja",
        "ja ja, harazd",
    ],
)
def test_a_danish_yes_with_foreign_words_accepts_the_steps(said):
    turn = answer(_at_steps(), said)
    assert turn.slot == "confirm", turn.slot
    assert not [s for s in _steps(turn) if "khob" in s or "wallahi" in s or "ja" in s.split()]


@pytest.mark.parametrize(
    "said",
    ["khob", "Wallahi.", "Khob, nej, de er for svære", "Evet. nej ikke dem", "dobrze, men nej"],
)
def test_a_foreign_word_alone_or_beside_a_no_accepts_nothing(said):
    turn = answer(_at_steps(), said)
    assert turn.slot == "subgoals"


@pytest.mark.parametrize(
    "said",
    [
        "Bale, det er mit mål. Tashakor.",
        "Khob, ja, det er rigtigt",
        "Wallahi ja, det er mit mål",
        "Dobrze. Ja det passer.",
    ],
)
def test_a_danish_yes_with_foreign_words_confirms_the_goal(said):
    turn = answer(at_summary(DRESS), said)
    assert turn.done and turn.draft["citizen_confirmed"] is True


@pytest.mark.parametrize("said", ["Khob. Nej, det er ikke mit mål.", "Wallahi, nej"])
def test_a_danish_no_with_foreign_words_is_never_a_yes(said):
    turn = answer(at_summary(DRESS), said)
    assert not (turn.done and turn.draft["citizen_confirmed"] is True)
