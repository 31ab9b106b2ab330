"""Fix round 49 (fE, blind159 Rigmor, one-word answers): a reason typed as fragments, a quality
and how long it has held said with "været" ("Pæn i tøjet. Altid været."), is one clause in the
perfect with the citizen as its unsaid subject: "fordi jeg altid har været pæn i tøjet"
(nlp/fragment_reason.py, _grammar.yaml been_word/have_word). A product reading: the fragment
names no one, and as "træt af rugbrød" is "jeg er træt af rugbrød" the subject is the citizen.
"været" is a copula for manner_written ("har været pæn", no "pænt"), and a feeling typed with a
capital is written small ("Glad for haven." → "jeg er glad for haven"). Counter-examples: a
quality or a time alone, and fragments of other kinds, stay as before."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose_goal, reason_frame

GOALS = get_content("da").goals


def _goal(told: str, speaker: str = "citizen") -> str:
    facts = {"activity": "fritid", "own_action": "stryge skjorterne", "speaker": speaker}
    return compose_goal({**facts, "reason_said": told}, GOALS)


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("Pæn i tøjet. Altid været.", "jeg altid har været pæn i tøjet"),
        ("Altid været pæn i tøjet.", "jeg altid har været pæn i tøjet"),
        ("altid været glad for haven", "jeg altid har været glad for haven"),
        ("Glad for haven. Altid været.", "jeg altid har været glad for haven"),
        ("Ren og pæn. Altid været.", "jeg altid har været ren og pæn"),
        ("Stolt. Altid været.", "jeg altid har været stolt"),
    ],
)
def test_a_quality_and_its_time_are_one_clause(told, reason):
    assert reason_frame(told, GOALS, "citizen") == ("because", reason)


def test_the_goal_keeps_the_adjective_after_vaeret():
    assert _goal("Pæn i tøjet. Altid været.") == (
        "Jeg vil kunne stryge skjorterne, fordi jeg altid har været pæn i tøjet."
    )
    assert _goal("fordi jeg har altid været pæn i tøjet").endswith("været pæn i tøjet.")


def test_a_relative_typing_the_fragments_tells_of_the_citizen():
    assert _goal("Pæn i tøjet. Altid været.", "relative").endswith(
        "fordi jeg altid har været pæn i tøjet."
    )


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("Træt af rugbrød.", "jeg er træt af rugbrød"),
        ("Stolt af huset. Hele livet.", "jeg er stolt af huset"),
    ],
)
def test_a_feeling_typed_with_a_capital_is_written_small(told, reason):
    assert reason_frame(told, GOALS, "citizen") == ("because", reason)


@pytest.mark.parametrize(
    "told",
    ["Pæn i tøjet.", "Altid været.", "Pæn. Altid.", "Altid været der for dem.",
     "Altid gjort det selv."],
)  # fmt: skip
def test_other_fragments_stay_out_as_before(told):
    assert reason_frame(told, GOALS, "citizen") == ("", "")


def test_a_manner_after_another_verb_is_still_an_adverb():
    facts = {"activity": "paaklaedning", "own_action": "klæde mig pæn på", "speaker": "citizen"}
    assert "pænt" in compose_goal(facts, GOALS)
