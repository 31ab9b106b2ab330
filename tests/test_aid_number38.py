"""An aid said as one keeps its number in the goal (fix round 38, blind136 Yvonne): "en
vaegtmanchet til håndleddet" is "med en vægtmanchet", not the goal phrase's plural
"vægtmanchetter"; said in the plural it stays plural. A hand rest ("håndstøtte") is an aid."""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import CONTENT, TODAY, at_summary

from assistant.dialogs.draft import build_draft
from assistant.nlp import analyze

DAY = date(2026, 12, 5)

WISH = {
    "wish": "jeg vil gerne male porcelæn igen",
    "measure": "at jeg har malet seks kopper færdige",
    "frequency": "hver anden dag",
    "deadline": "inden den 20. februar",
}


def _goal(aids_answer: str) -> str:
    turn = at_summary({**WISH, "independence": aids_answer})
    return build_draft(turn.state, CONTENT, TODAY)["goal"]["text"]


@pytest.mark.parametrize(
    "said",
    [
        "ergoterapeuten har laant mig en vaegtmanchet til haandleddet",
        "øh jeg har fået en vægtmanchet af terapeuten, den hjælper lidt",
        "med vægtmanchetten på højre arm",
        "hun bruger en vaegt manchet om håndleddet",
    ],
)
def test_an_aid_said_as_one_is_one(said):
    facts = analyze(said, DAY)
    assert "vægtmanchet" in facts.aids, facts.aids
    assert facts.extras["aids_one"] == ["vægtmanchet"]


@pytest.mark.parametrize(
    "said",
    [
        "jeg har fået vægtmanchetter på begge håndled",
        "med vaegtmanchetterne, en på hver arm",
        "en vægtmanchet på højre og to vægtmanchetter i skabet",
    ],
)
def test_an_aid_said_in_the_plural_is_not_one(said):
    assert "vægtmanchet" not in analyze(said, DAY).extras["aids_one"]


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("en haandstoette som jeg kan hvile haanden paa", "håndstøtte"),
        ("jeg maler med en håndstøtte under armen", "håndstøtte"),
        ("hun har håndstøtten fra ergoterapeuten", "håndstøtte"),
    ],
)
def test_a_hand_rest_is_an_aid(said, aid):
    assert aid in analyze(said, DAY).aids


def test_the_goal_names_one_cuff_as_said():
    goal = _goal("en vaegtmanchet til haandleddet og en haandstoette, og saa en lampe med lup")
    assert "med en vægtmanchet, en håndstøtte og en lampe med lup" in goal, goal
    assert "vægtmanchetter" not in goal


def test_the_goal_keeps_cuffs_said_in_the_plural():
    goal = _goal("ja jeg har vægtmanchetter på begge arme")
    assert "vægtmanchetter" in goal, goal


def test_an_aid_whose_phrase_is_singular_is_unchanged():
    goal = _goal("en lup")
    assert "min lup" in goal or "en lup" in goal, goal
