"""Fix round 49 (fE, blind161 Vagn and Ulrik): a reason is never cut inside a clause that has
started. "…, og ude i mosen har jeg det bedst" was split after "og ude" (a spoken sentence
boundary before the fronted "i mosen … har jeg"): no boundary falls inside the clause a comma or
"og" opened before its verb (nlp/clause_whole.py, nlp/spoken.py). "… hvor lettede de bliver"
lost "de bliver" as another person's clause: after a question word and its degree words ("hvor
glade", "hvor meget", "hvor mange penge") the clause is an indirect question, kept whole. A
past story before "og" and a place adverb's clause of today keeps that clause ("jeg var
skovarbejder …, og ude i skoven har jeg det bedst"); a past story before any other clause
stays out whole as before. A place adverb may lead a fronted place phrase ("ude i mosen har jeg
det bedst" alone). Counter-examples: another person's clause after a comma or "og" still goes,
a verb joined by "og" is no clause of its own."""

from __future__ import annotations

import pytest
from test_engine_measures_said import _at, _goal, _said

from assistant.content import get_content
from assistant.nlp.compose import compose_goal, reason_first_person

GOALS = get_content("da").goals


def _reason(told: str, speaker: str = "citizen") -> str:
    return reason_first_person(told, GOALS, speaker)


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("Fordi jeg har været i skoven hele mit arbejdsliv, og ude i mosen har jeg det bedst.",
         "jeg har været i skoven hele mit arbejdsliv, og ude i mosen har jeg det bedst"),
        ("øh fordi jeg har gået i skoven hele livet, og ude i skoven har jeg det bedst",
         "jeg har gået i skoven hele livet, og ude i skoven har jeg det bedst"),
        ("fordi jeg har altid syet, og hjemme i stuen sidder jeg ellers bare alene",
         "jeg altid har syet, og hjemme i stuen sidder jeg ellers alene"),
        ("fordi jeg har spillet kort med dem i mange år og især om vinteren er jeg ensom",
         "jeg har spillet kort med dem i mange år og især om vinteren er jeg ensom"),
        ("Fordi jeg har haft have i 40 år, og ude mellem bedene glemmer jeg smerterne.",
         "jeg har haft have i 40 år, og ude mellem bedene glemmer jeg smerterne"),
    ],
)  # fmt: skip
def test_a_fronted_clause_after_og_is_kept_to_its_verb(told, reason):
    assert _reason(told) == reason


def test_a_relatives_fronted_clause_is_kept_whole():
    told = "fordi hun har altid gået i kirke, og inde i kirken er hun glad"
    assert _reason(told, "relative") == "jeg altid har gået i kirke, og inde i kirken er jeg glad"


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("fordi jeg kan se hvor lettede de bliver", "jeg kan se hvor lettede de bliver"),
        ("fordi jeg kan se hvor glade de bliver", "jeg kan se hvor glade de bliver"),
        ("fordi jeg ved jo hvor meget det betyder for dem",
         "jeg ved hvor meget det betyder for dem"),
        ("fordi jeg har set hvor mange penge de sparer", "jeg har set hvor mange penge de sparer"),
        ("fordi jeg kan høre hvor glad hun bliver når jeg ringer",
         "jeg kan høre hvor glad hun bliver når jeg ringer"),
    ],
)  # fmt: skip
def test_a_clause_after_hvor_and_its_degree_word_is_kept_whole(told, reason):
    assert _reason(told) == reason


def test_a_relatives_hvor_clause_is_kept_whole():
    told = "fordi han kan se hvor glade de bliver"
    assert _reason(told, "relative") == "jeg kan se hvor glade de bliver"


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("fordi jeg var skovarbejder hele mit liv, og ude i skoven har jeg det bedst",
         "ude i skoven har jeg det bedst"),
        ("fordi jeg var snedker i 40 år, og nede i kælderen har jeg mit værksted",
         "nede i kælderen har jeg mit værksted"),
    ],
)  # fmt: skip
def test_after_a_past_story_the_place_clause_of_today_is_the_reason(told, reason):
    assert _reason(told) == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("ude i mosen har jeg det bedst", "ude i mosen har jeg det bedst"),
        ("i skoven har jeg det bedst", "jeg har det bedst i skoven"),
        ("derude har jeg det bedst", "derude har jeg det bedst"),
    ],
)
def test_a_place_said_first_is_a_reason(told, reason):
    assert _reason(told) == reason


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("fordi jeg savner dem, de kommer aldrig", "jeg savner dem"),
        ("fordi jeg savner min mand og han kom altid med", "jeg savner min mand"),
        ("fordi jeg er alene hjemme, hun har nok i sin egen mand", "jeg er alene hjemme"),
        ("fordi jeg ved ikke hvor de bor", "jeg ikke ved hvor de bor"),
        ("så jeg kan komme ned og spille kort med de andre damer ik jeg har vundet to gange",
         "komme ned og spille kort med de andre damer"),
    ],
)  # fmt: skip
def test_counter_examples_stay(told, reason):
    assert _reason(told) == reason


@pytest.mark.parametrize(
    "told",
    ["fordi jeg var lærer i 30 år, og jeg savner børnene",
     "fordi jeg var lærer i 30 år, og i dag savner jeg børnene"],
)  # fmt: skip
def test_a_past_story_before_another_clause_stays_out(told):
    facts = {"activity": "fritid", "own_action": "gå i skoven", "speaker": "citizen"}
    assert compose_goal({**facts, "reason_said": told}, GOALS) == "Jeg vil kunne gå i skoven."


def test_typed_without_aeoeaa_the_fronted_clause_is_whole_in_the_goal():
    content = get_content("da")
    turn = _at(content, "jeg vil gerne rydde krat i mosen igen", "motivation")
    said = "fordi jeg har vaeret i skoven hele mit liv, og ude i mosen har jeg det bedst"
    goal = _goal(_said(turn, content, said), content)
    assert "og ude i mosen har jeg det bedst" in goal, goal
