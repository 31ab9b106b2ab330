"""A reason keeps its own subordinator and its clauses whole, and a sign said as one action chain
is kept to its end (round 42): "og at" after a clause set in another ("fordi …, siden jeg var
fjorten, og at …") is led by the outer one ("og fordi"), never by the embedded "siden"; a reason
whose clause ends right at the length limit keeps that clause ("…, når jeg ikke må smede"); a
"til den er færdig" clause is part of the sign, no comment."""

from __future__ import annotations

import pytest
from persona_expect import grammar_problems

from assistant.content import get_content
from assistant.nlp.compose import compose_goal

GOALS = get_content("da").goals


def _goal(**facts) -> str:
    base = {"activity": "paaklaedning", "speaker": "citizen", "independence": "selv"}
    goal = compose_goal({**base, **facts}, GOALS)
    assert grammar_problems(goal) == [], goal
    return goal


@pytest.mark.parametrize(
    ("reason", "kept"),
    [
        (
            "jeg har haft en hammer i hånden, siden jeg var fjorten, og at jeg bliver sur",
            "og fordi jeg bliver sur",
        ),
        (
            "jeg har strikket hele livet, siden jeg var en lille pige, og at jeg bliver glad",
            "og fordi jeg bliver glad",
        ),
        ("det er min kaffe, og at jeg ikke vil sidde og vente", "og fordi jeg ikke vil"),
    ],
)
def test_og_at_is_led_by_the_outer_clause(reason, kept):
    goal = _goal(activity="socialt_samvaer", own_action="smede igen", motivation=reason)
    assert kept in goal and "og siden jeg" not in goal, goal


def test_an_at_clause_goes_on_with_og_at():
    said = _goal(
        activity="socialt_samvaer",
        own_action="ringe til min søster",
        reason_said="så hun ved, at jeg har det godt, og at jeg ikke sidder alene",
    )
    assert "og at jeg ikke sidder alene" in said, said


def test_a_when_clause_ending_at_the_limit_stays_with_its_main_clause():
    reason = (
        "jeg har haft en hammer i hånden, siden jeg var fjorten, og at jeg bliver sur og tung i"
        " hovedet, når jeg ikke må smede, og jeg vil smede en lysestage til hvert af mine oldebørn"
    )
    goal = _goal(activity="socialt_samvaer", own_action="smede igen", motivation=reason)
    assert "tung i hovedet, når jeg ikke må smede" in goal, goal


@pytest.mark.parametrize(
    ("sign", "kept"),
    [
        (
            "smede en lysestage færdig på en formiddag, fra jeg tager rundjernet ud af essen, til"
            " den er sortlakeret",
            "til den er sortlakeret",
        ),
        ("strikke en hue færdig, fra jeg slår op, til den er færdig", "til den er færdig"),
        ("sy en kjole, indtil den er helt færdig", "indtil den er helt færdig"),
    ],
)
def test_an_until_clause_is_part_of_the_sign(sign, kept):
    goal = _goal(activity="socialt_samvaer", own_action="smede igen", criterion=sign)
    assert kept in goal, goal


def test_a_comment_after_the_sign_still_goes():
    goal = _goal(
        activity="gang",
        own_action="gå til købmanden",
        criterion="gå derhen og hjem igen det er en km",
    )
    assert "det er en km" not in goal, goal
