"""A described aid is said in the goal in the citizen's own words (fix round 38, blind135
Halina, the lead's convention): "ramme på stativ" stays "en ramme på stativ" in goal.text while
goal.aids names it by the lexicon (broderistativ); the article agrees with the thing said."""

from __future__ import annotations

from datetime import date

import pytest
from compose_support import goal_of

from assistant.nlp import analyze

DAY = date(2026, 12, 5)

CRAFT = {
    "activity": "fritid",
    "own_action": "brodere igen",
    "speaker": "citizen",
    "frequency": None,
    "deadline": None,
    "independence": "hjaelpemiddel",
}


@pytest.mark.parametrize(
    ("said", "aid", "words"),
    [
        (
            "Ergoterapeut har givet mig ramme på stativ, så jeg ikke skal holde stof",
            "broderistativ",
            "ramme på stativ",
        ),
        ("øh hun har sådan en ramme med fod hun bruger", "broderistativ", "ramme med fod"),
        ("min far drikker af en kop med tud nu", "tudkop", "kop med tud"),
        (
            "jeg vasker ryggen med en svamp paa et langt skaft",
            "skaftsvamp",
            "svamp på et langt skaft",
        ),
        ("en høj stol med armlæn i køkkenet", "armlænsstol", "stol med armlæn"),
    ],
)
def test_a_described_aid_keeps_the_words_said(said, aid, words):
    facts = analyze(said, DAY)
    assert aid in facts.aids, facts.aids
    assert facts.extras["aid_words"].get(aid) == words


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("en ramme med håndtag man stiller rundt om toilettet", "toiletstativ"),
        ("sådan en stol der vipper en op", "løftestol"),
        ("et ur der viser ugedagen", "kalenderur"),
    ],
)
def test_an_aid_told_by_a_clause_or_place_keeps_its_name(said, aid):
    facts = analyze(said, DAY)
    assert aid in facts.aids, facts.aids
    assert aid not in facts.extras["aid_words"]


def test_the_goal_says_the_described_aid_with_its_own_article():
    goal = goal_of(
        CRAFT,
        aids=["broderistativ", "luplampe"],
        aid_words={"broderistativ": "ramme på stativ", "luplampe": "lampe med lup"},
    )
    assert "med en ramme på stativ og en lampe med lup" in goal, goal
    assert "broderistativ" not in goal


def test_the_goal_names_an_aid_said_by_its_name_by_its_phrase():
    goal = goal_of(CRAFT, aids=["broderistativ"])
    assert "med et broderistativ" in goal, goal
