"""A distance a group covers by habit, said after the wish ("… køre med på klubbens søndagsture,
vi kører sådan en ti kilometer rundt om byen") is the club's way, no sign of the goal: the
measure question is still asked and the sign said then is the goal's (blind130, Kurt). A wish
that walks keeps it as the way ("vi går sådan en fem kilometer"), and the sign is still asked.
An aid said only in the sign ("holde fast i håndtaget") leaves how one manages to be asked.
On the analyzer and through the real engine."""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import answered_until, as_citizen, go

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "øh jeg vil gerne køre med i veteranbilklubben igen vi kører en fyrre kilometer ud til"
        " stranden og spiser frokost",
        "hun vil så gerne med på seniorklubbens udflugter igen, de kører sådan en halvtreds"
        " kilometer med bussen",
        "jeg vil gerne med paa fisketurene igen vi sejler vel en tre kilometer ud",
        "altså han vil gerne med på motorcykeltræffet igen ikk man kører sådan en hundrede"
        " kilometer hver gang",
    ],
)
def test_a_groups_habit_distance_is_no_measure_of_a_wish_that_walks_nowhere(text):
    facts = analyze(text, TODAY)
    assert facts.stance == "wish" and facts.measures == ()


def test_a_groups_habit_distance_is_the_way_of_a_walk_and_the_sign_is_still_asked():
    facts = analyze(
        "jeg vil gerne gå med i gågruppen igen vi går sådan en fem kilometer rundt om søen", TODAY
    )
    assert [m.value for m in facts.measures] == [5.0] and facts.extras["distance_told"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("jeg vil gerne kunne gå 2 km igen ligesom vi gjorde før", 2.0),
        ("vi vil gerne gå 5 km sammen igen", 5.0),
        ("jeg vil gerne cykle 10 km igen", 10.0),
        ("jeg vil gerne med på turene igen og jeg går 500 meter", 500.0),
    ],
)
def test_a_distance_wished_or_ones_own_stays_the_measure(text, value):
    facts = analyze(text, TODAY)
    assert [m.value for m in facts.measures] == [value]
    assert not facts.extras["distance_told"]


CLUB = {
    "wish": "øh jeg vil gerne køre med på veteranbilklubbens udflugter igen ikk vi kører sådan"
    " en fyrre kilometer ud til stranden",
    "motivation": "fordi det er der jeg har mine venner",
    "measure": "at jeg selv kan komme ind i bilen og holde fast i håndtaget og køre hele turen",
}


def test_the_sign_is_asked_after_a_groups_habit_distance_and_the_aid_after_it():
    turn = answered_until(as_citizen(), CLUB, "measure")  # asked, not skipped
    turn = go(turn, CLUB["measure"])
    assert "køre hele turen" in turn.state["slots"]["criterion"]
    assert not turn.state["slots"].get("measures")
    turn = answered_until(turn, CLUB, "independence")  # the handle of the sign: how is asked
    turn = go(turn, "med en rampe ved døren og et håndtag ved sædet")
    assert turn.slot != "independence"
    assert {"rampe", "støttehåndtag"} <= set(turn.state["slots"]["aids"])
