"""A wish to write messages (sms, Messenger, "beskeder") gets steps of typing and sending, not
of taking a call; a wish that names calling keeps the phone's ladder."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp.subgoals import suggest_subgoals

TODAY = date(2026, 12, 6)
GOALS = get_content("da").goals
CALL_STEPS = ("tage telefonen", "ringe op til en")


def _texts(own: str, aids: list[str] | None = None) -> list[str]:
    goal = {
        "activity": "kommunikation",
        "own_action": own,
        "aids": aids or [],
        "current_level": 2,
        "people": ["barnebarn"],
    }
    return [s["text"] for s in suggest_subgoals(goal, GOALS, TODAY)]


@pytest.mark.parametrize(
    ("own", "aids"),
    [
        ("skrive beskeder til min datter paa mobilen", []),
        ("sende sms til mine venner igen", ["touchpen"]),
        ("skrive en besked på messenger til mit barnebarn", []),
        ("svare på beskederne fra familien i messenger", ["stor skrift"]),
        ("sende billeder og beskeder på whatsapp til min søn i Tyskland", []),
        ("chatte med min søster på facebook messenger", []),
    ],
)
def test_a_written_message_gets_no_call_steps(own, aids):
    texts = _texts(own, aids)
    assert not [t for t in texts if any(c in t for c in CALL_STEPS)], texts
    assert any("besked" in t for t in texts), texts


@pytest.mark.parametrize(
    "own",
    [
        "ringe til min datter i telefonen",
        "tage telefonen når den ringer og sende en sms bagefter",
    ],
)
def test_a_wish_to_call_keeps_the_phone_steps(own):
    texts = _texts(own)
    assert any(c in t for t in texts for c in CALL_STEPS), texts
