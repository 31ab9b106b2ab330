"""The sub-goal step cards on the summary are found by the prefixes cards.yaml names."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.content.dialogue import Card
from assistant.content.engine_cards import EngineCards
from assistant.web.dialogue import ladder, step_cards, subgoal_steps

ENGINE = EngineCards(prefixes={"remove_subgoal": "drop", "change_subgoal": "swap"})


def _turn(*ids: str):
    cards = tuple(Card(id=i, label=i) for i in ids)
    return SimpleNamespace(cards=cards, details=("walk", "shop"))


def test_step_cards_follow_the_content_prefixes_not_fixed_words():
    turn = _turn("drop1", "swap1", "drop2", "fjern_1", "drop", "dropx", "ok")
    found = step_cards(turn, ENGINE)
    assert {n: {k: c.id for k, c in v.items()} for n, v in found.items()} == {
        1: {"remove": "drop1", "change": "swap1"},
        2: {"remove": "drop2"},
    }


def test_ladder_and_steps_carry_the_cards_of_their_number():
    turn = _turn("drop2", "swap1")
    assert [(line, c and c.id) for line, c in ladder(turn, ENGINE)] == [
        ("walk", None),
        ("shop", "drop2"),
    ]
    steps = subgoal_steps({}, turn, ENGINE)
    assert [(s["change"] and s["change"].id, s["remove"] and s["remove"].id) for s in steps] == [
        ("swap1", None),
        (None, "drop2"),
    ]
