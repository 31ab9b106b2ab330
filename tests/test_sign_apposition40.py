"""A sign told as a that-clause whose subject has an article and an adjective, or an apposition
set off by commas ("At det første album, det til Mathilde, er færdigt, med …", blind138 Vera),
is said after "når" whole ("når det første album, det til Mathilde, er færdigt, med …"); an
ordinal or adjective ending in -e ("første", "gamle") is no verb of a sign."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.compose import result_sign

GOALS = get_content("da").goals
TODAY = date(2026, 12, 6)


def _sign(said: str) -> str:
    facts = {"criterion": said, "own_action": "strikke en sweater", "activity": "fritid"}
    return result_sign(facts, GOALS)


@pytest.mark.parametrize(
    ("said", "sign"),
    [
        ("at det første album er færdigt", "det første album er færdigt"),
        (
            "at den store sweater, den til Emil, er strikket færdig",
            "den store sweater, den til Emil, er strikket færdig",
        ),
        (
            "At det nye tæppe, det til barnebarnet, er færdigt med frynser",
            "det nye tæppe, det til barnebarnet, er færdigt med frynser",
        ),
        ("at den gamle dug er færdig", "den gamle dug er færdig"),
    ],
)
def test_a_that_clause_with_a_longer_subject_is_said_after_when(said, sign):
    assert _sign(said) == sign


@pytest.mark.parametrize(
    "said",
    ["at gå ned til bageren uden at stoppe", "at jeg selv kan gå op ad trappen"],
)
def test_a_doing_of_ones_own_is_no_result(said):
    assert _sign(said) == ""


@pytest.mark.parametrize(
    "said",
    [
        "At det første album, det til Mathilde, er færdigt",
        "at de gamle billeder er sat ind",
    ],
)
def test_an_ordinal_or_adjective_is_no_verb_of_a_sign(said):
    criterion = (analyze(said, TODAY).extras or {}).get("criterion") or ""
    assert not criterion.lower().startswith(("første", "gamle")), criterion


def test_a_verb_phrase_sign_is_still_found():
    criterion = analyze("at jeg kan gå ned til postkassen uden at stoppe", TODAY).extras
    assert criterion["criterion"] == "gå ned til postkassen uden at stoppe"
