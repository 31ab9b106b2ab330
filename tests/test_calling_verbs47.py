"""Fix round 47 (fC): one table of calling verbs (goals/_grammar.yaml calling_verbs) serves both
rules that read a name called: the citizen's own name called out in a reason
(dialogs/own_name_called.py: "drengene råber Allan" → "råber mit navn") and a clause in which
others call the citizen by a name (nlp/own_name.py: "de kalder mig pølse Bjarne", left out)."""

from __future__ import annotations

import pytest
from engine_support import at_summary

from assistant.content import get_content
from assistant.nlp.compose import reason_frame

CONTENT = get_content("da")
GOALS = CONTENT.goals


def test_one_table_serves_both_rules():
    assert "name_calling_verbs" not in CONTENT.dialogue.words
    assert {"kalder", "raaber", "synger"} <= GOALS.grammar.calling_verbs


def _goal(everyday: str, motivation: str) -> str:
    answers = {"everyday": everyday, "wish": "jeg vil gerne synge i koret igen"}
    return at_summary({**answers, "motivation": motivation}).goal_text


@pytest.mark.parametrize(
    ("everyday", "motivation", "said", "not_said"),
    [
        ("jeg hedder Bodil og bor alene", "fordi de andre skriger altid Bodil når jeg kommer",
         "skriger altid mit navn", "Bodil"),
        ("øh jeg hedder Egon", "for saa raaber de Egon Egon naar jeg kommer ind",
         "mit navn", "Egon"),
        # "kalde" now called out too, from the one table
        ("jeg hedder Ruth", "fordi børnebørnene begynder at kalde Ruth når de ser mig",
         "kalde mit navn", "Ruth"),
    ],
)  # fmt: skip
def test_the_own_name_called_out_reads_the_one_table(everyday, motivation, said, not_said):
    goal = _goal(everyday, motivation)
    assert said in goal and not_said not in goal, goal


def _reason(told: str) -> str:
    return reason_frame(told, GOALS, "citizen")[1]


@pytest.mark.parametrize(
    "told",
    [
        "fordi de unge de kalder mig bare Bjarne, og jeg griner igen",
        "og paa holdet kaldte de mig altid lille Grete og jeg savner dem",
    ],
)
def test_a_clause_calling_the_citizen_by_a_name_is_left_out(told):
    reason = _reason(told)
    assert "Bjarne" not in reason and "Grete" not in reason, reason


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        # no "mig" after the verb: no name of the citizen's
        ("fordi jeg kalder på Kurt når jeg har brug for det", "Kurt"),
        ("fordi vi synger de gamle sange", "synger de gamle sange"),
    ],
)
def test_calling_without_the_citizen_stays(told, kept):
    assert kept in _reason(told), _reason(told)
