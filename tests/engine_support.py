"""Playing the real dialogue engine with the real content, turn by turn, for engine tests."""

from __future__ import annotations

import json
from datetime import date

from conftest import understand

from assistant.content import get_content
from assistant.dialogs.engine import advance
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
