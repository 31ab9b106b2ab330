"""A no to the reason the product offers ("Du sagde: så jeg kommer lidt ud. Er det derfor, det
er vigtigt?") is honoured: the offered reason leaves the goal; the person's own reason said in
the same answer becomes the reason, and with none the plain question is asked. Blind102
(sangeftermiddag). Through the real engine and content."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen
from engine_support import go as answer

from assistant.dialogs.models import Turn

DANCE = {
    "wish": "jeg vil gerne til linedance i forsamlingshuset om tirsdagen saa jeg kommer lidt ud",
    "measure": "at jeg danser med hele aftenen",
    "frequency": "hver tirsdag",
    "deadline": "til paaske",
    "independence": "selv",
    "people": "min nabo",
}


def at_reason(answers: dict[str, str]) -> Turn:
    """The turn that asks the reason the wish told, after `answers`."""
    return answered_until(as_citizen(), answers, "motivation")


def to_summary(turn: Turn, answers: dict[str, str]) -> Turn:
    return answered_until(turn, answers, "confirm")


def test_the_wish_offers_its_reason():
    turn = at_reason(DANCE)
    assert "kommer lidt ud" in turn.prompt
    summary = to_summary(answer(turn, "ja"), DANCE)
    assert "kommer lidt ud" in summary.goal_text


@pytest.mark.parametrize(
    ("said", "own"),
    [
        (
            "nej det er ikke for at komme ud, jeg vil gerne danse med mine veninder igen",
            "veninder",
        ),
        (
            "nej det er ikke for at komme ud det er min datter der siger det jeg savner at danse",
            "savner at danse",
        ),
        ("nej nej ikke fordi de siger det. det gør mig glad at danse", "glad"),
        ("naeh altsaa det er ikke derfor, jeg har altid elsket musik", "musik"),
    ],
)
def test_a_no_to_the_offered_reason_with_an_own_one_makes_that_the_reason(said, own):
    turn = answer(at_reason(DANCE), said)
    assert turn.slot != "motivation", turn.prompt
    motivation = turn.state["slots"]["motivation"]
    assert own in motivation and "nej" not in motivation.split()
    assert "komme ud" not in motivation
    summary = to_summary(turn, DANCE)
    assert "kommer lidt ud" not in summary.goal_text and own in summary.goal_text
    assert "nej" not in summary.goal_text.lower().split()


@pytest.mark.parametrize(
    "said",
    [
        "nej det er ikke for at komme ud",
        "nej det er min datter der siger det",
        "naeh det er ikke derfor",
    ],
)
def test_a_no_to_the_offered_reason_alone_asks_for_the_own_reason(said):
    turn = answer(at_reason(DANCE), said)
    assert turn.slot == "motivation" and "kommer lidt ud" not in turn.prompt, turn.prompt
    turn = answer(turn, "det er sjovt at danse med de andre")
    summary = to_summary(turn, DANCE)
    assert "kommer lidt ud" not in summary.goal_text and "sjovt at danse" in summary.goal_text


@pytest.mark.parametrize("said", ["ja", "ja det er rigtigt, jeg vil ikke bare sidde derhjemme"])
def test_a_yes_keeps_the_offered_reason(said):
    summary = to_summary(answer(at_reason(DANCE), said), DANCE)
    assert "kommer lidt ud" in summary.goal_text
