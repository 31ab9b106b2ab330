"""How long a whole thing lasts, said as a comment after the sign, goes with the thing in the goal
(fix round 40, blind41 Else: "at han er med til hele korproeven, den varer to timer" lost "to
timer": "… være med til hele korprøven på to timer")."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.length_said import length_with_thing


def _said(text: str) -> str:
    return " ".join(length_with_thing(text.split(), get_content().goals.grammar))


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        ("være med til hele korprøven, den varer to timer",
         "være med til hele korprøven på to timer"),
        ("se hele filmen, den varer en time", "se hele filmen på en time"),
        ("høre hele koncerten, det tar halvanden time", "høre hele koncerten på halvanden time"),
        ("sidde med til hele gudstjenesten, den tager en times tid.",
         "sidde med til hele gudstjenesten på en times tid"),
    ],
)  # fmt: skip
def test_a_whole_things_length_goes_with_it(text, goal):
    assert _said(text) == goal


@pytest.mark.parametrize(
    "text",
    [
        "gå hele vejen ned til havnen, det er en kilometer",  # no verb of lasting
        "være med til korprøven, den varer to timer",  # no whole thing: the deed's own length
        "spille hele kampen, den varer to timer og så drikke kaffe bagefter",  # more after it
    ],
)
def test_other_comments_stay(text):
    assert _said(text) == text
