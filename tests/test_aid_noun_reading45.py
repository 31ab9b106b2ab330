"""Fix round 45 (fC), blind150 Hans: a noun of an aid phrase keeps its noun reading. "greb" is
in the lemma table a form of the verb "gribe"; said as a thing ("et tykt greb", "grebet", "en
stok med greb") it is the noun, so the goal's aids never get an invented "gribe"
(draft.said_thing: a word that does not start with its verb lemma and is a noun of its own, or
its definite form, is that noun). A present tense shaped like a noun ("en klipper") is read as
before. Through the real engine and the draft."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, TODAY, at_summary

from assistant.dialogs.draft import build_draft, said_thing

CARDS = {
    "wish": "jeg vil gerne skrive julekort selv igen",
    "measure": "at jeg kan skrive ti kort",
    "frequency": "hver dag",
    "deadline": "til jul",
    "motivation": "fordi jeg holder af min familie",
}


@pytest.mark.parametrize(
    ("phrase", "thing"),
    [
        ("med et greb", "greb"),
        ("med et tykt greb", "greb"),
        ("med tykke greb", "greb"),
        ("med grebet", "greb"),
        ("med et blødt greb på", "greb"),
        ("med en stok med greb", "stok"),
        ("med et skumgreb", "skumgreb"),
        ("med toget", "tog"),
    ],
)
def test_a_noun_said_as_a_thing_is_no_verb(phrase, thing):
    assert said_thing(phrase, CONTENT) == thing


@pytest.mark.parametrize(
    ("phrase", "thing"),
    [("med en klipper", "klipper"), ("med en gribetang", "gribetang")],
)
def test_other_things_are_read_as_before(phrase, thing):
    assert said_thing(phrase, CONTENT) == thing


@pytest.mark.parametrize(
    ("said", "aids"),
    [
        ("jeg bruger en kuglepen med et tykt greb", ["kuglepen"]),
        ("med et tykt greb", ["greb"]),
        ("øh hun har faaet et greb", ["greb"]),
        ("med et greb på væggen", ["støttehåndtag"]),
    ],
)
def test_the_draft_names_no_invented_verb(said, aids):
    turn = at_summary({**CARDS, "independence": said})
    goal = build_draft(turn.state, CONTENT, TODAY)["goal"]
    assert goal["aids"] == aids
    assert "gribe" not in turn.goal_text
