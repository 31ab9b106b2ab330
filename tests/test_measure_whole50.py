"""A long sign whose sentence ends in the clause kept whole that is its point ("… og sige noget,
når det er vores sag, uden at blive så træt, at jeg mister tråden") keeps that clause past
max_words, also with a degree's consequence inside it; a cut stays before a new clause of
someone else's, and a sign short enough is unchanged (nlp/point_tail.py; blind164 Folmer)."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, TODAY, answered_until, as_citizen, card, go

from assistant.dialogs.engine import new_state, start

REST = {
    "motivation": "glad",
    "frequency": "hver uge",
    "deadline": "8 uger",
    "independence": "selv",
    "people": "ingen",
}


def _goal(wish: str, measure: str, relative: bool = False) -> str:
    answers = {**REST, "wish": wish, "measure": measure}
    if not relative:
        return answered_until(as_citizen(), answers, "confirm").goal_text
    turn = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card("paaroerende"), card("ja"))
    answers |= {"about": "min mand", "handover": card("ikke_selv")}
    return answered_until(turn, answers, "confirm").goal_text


@pytest.mark.parametrize(
    ("wish", "measure", "kept"),
    [
        ("jeg vil gerne til møderne i menighedsrådet igen",
         "at jeg selv kan komme hen til sognegården, sidde med til hele mødet, to timer, og sige "
         "min mening, når det er om kirkegården, uden at blive så træt, at jeg må "
         "gå hjem før tid.",
         "uden at blive så træt, at jeg må gå hjem før tid."),
        ("jeg vil gerne spille kort i klubben igen",
         "øh at jeg kan sidde ved bordet hele eftermiddagen, altså fra et til fire, og spille "
         "med på alle spillene, når det er min tur, uden at blive saa traet, at jeg mister "
         "overblikket",
         "uden at blive"),
        ("jeg vil gerne gå i koret igen",
         "at jeg kan gå op til kirken, stå med til hele prøven, halvanden time, og synge med "
         "på salmerne, når vi øver til jul, uden at stemmen knækker.",
         "uden at stemmen knækker"),
        ("jeg vil gerne selv handle igen",
         "at jeg kan gaa ned til brugsen, finde mine ting paa hylderne, betale ved kassen og "
         "baere poserne hjem, naar det er min faste dag, uden pauser paa vejen.",
         "uden pauser"),
        ("jeg vil gerne gå til moske igen",
         "at jeg kan gå til moske om fredag, sidde hele bøn, en time, og snakke med kvinderne "
         "bagefter, når det er fest, uden at blive så træt at jeg skal hjem",
         "uden at blive så træt"),
    ],
)  # fmt: skip
def test_the_point_ending_a_long_sign_is_kept(wish, measure, kept):
    assert kept in _goal(wish, measure)


def test_a_relative_tells_the_long_sign_with_its_point():
    text = _goal(
        "min mand vil gerne til møderne i foreningen igen",
        "at han selv kan komme derhen, sidde med til hele mødet, to timer, og sige noget, når "
        "det er hans sag, uden at blive så træt, at han mister tråden.",
        relative=True,
    )
    assert "uden at blive så træt" in text
    assert "og sige noget." not in text


def test_a_new_clause_of_someone_else_before_the_point_still_ends_the_sign():
    text = _goal(
        "jeg vil gerne til møderne i foreningen igen",
        "at jeg kan komme hen til mødet, sidde med hele aftenen, to timer, og lytte med, og så "
        "henter min datter mig bagefter, uden at hun skal vente på mig.",
    )
    assert "henter min datter" not in text
    assert "uden at hun skal vente" not in text


def test_a_short_sign_with_its_point_is_unchanged():
    text = _goal("jeg vil gerne gå tur igen", "at jeg kan gå ned til havnen uden at stoppe.")
    assert "gå ned til havnen uden at stoppe" in text
