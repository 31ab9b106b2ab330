"""Playing the real dialogue engine with the real content, turn by turn, for engine tests."""

from __future__ import annotations

import json
from datetime import date

from conftest import understand

from assistant.content import get_content
from assistant.dialogs.engine import advance, new_state, start
from assistant.dialogs.models import Answer, Turn

TODAY = date(2026, 11, 22)
CONTENT = get_content("da")


def go(turn: Turn, *answers: Answer | str) -> Turn:
    """Answer the turn's questions in order (a str is typed text); the state stays plain JSON."""
    for value in answers:
        answer = Answer("text", value) if isinstance(value, str) else value
        turn = advance(turn.state, answer, CONTENT, TODAY, understand=understand)
        json.dumps(turn.state.to_json())
    return turn


def card(cid: str) -> Answer:
    return Answer("card", cid)


def as_citizen() -> Turn:
    """A new text dialogue after "borger" and the consent "ja": the first question after them."""
    turn = start(CONTENT, new_state(CONTENT, today=TODAY))
    return go(turn, card("borger"), card("ja"))


def answered_until(turn: Turn, answers: dict, slot: str) -> Turn:
    """Answer each asked step from `answers` by its slot ("ja" to the steps, "ved ikke" to the
    rest) until `slot` is asked; fails when it never is."""
    for _ in range(40):
        if turn.slot == slot:
            return turn
        fallback = card("ja" if turn.slot == "subgoals" else "ved_ikke")
        turn = go(turn, answers.get(turn.slot, fallback))
    raise AssertionError(turn.slot)


def at_summary(answers: dict[str, str]) -> Turn:
    """The goal summary of a citizen's dialogue after `answers` (each asked step by its slot;
    "ja" to the steps, "ved ikke" to the rest)."""
    return answered_until(as_citizen(), answers, "confirm")
