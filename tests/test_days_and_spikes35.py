"""A daily rhythm narrowed by the weekdays said after a stop (fix round 35, blind130 Hawa):
"Hver morgen. Mandag til fredag." is five times a week, said in the goal as one phrase in place
of the wish's "om morgenen"; walking a child to school is the walk."""

from __future__ import annotations

from datetime import date

import pytest
from compose_support import SINGING, goal_of

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)
FIVE = {"times": 5, "per": "week", "every": 1}


@pytest.mark.parametrize(
    ("said", "times", "per"),
    [
        ("Hver morgen. Mandag til fredag.", 5, "week"),
        ("hver aften, mandag til torsdag", 4, "week"),
        ("Hver formiddag. Tirsdag og torsdag.", 2, "week"),
        ("øh hver morgen. mandag til fredag", 5, "week"),
        ("Hver dag. Mandag, onsdag og fredag.", 3, "week"),
        # the days open a sentence of their own: another rhythm
        ("hver morgen. mandag til fredag går jeg til træning", 1, "day"),
        ("jeg går tur hver dag. om mandagen og torsdagen går jeg til gymnastik.", 1, "day"),
    ],
)
def test_weekdays_said_after_a_daily_rhythm_narrow_it(said, times, per):
    f = analyze(said, TODAY).frequency
    assert (f.times, f.per) == (times, per), f


def test_the_days_after_a_stop_are_said_as_one_phrase():
    said = analyze("Hver morgen. Mandag til fredag.", TODAY).extras["frequency_said"]
    assert said.lower() == "hver morgen mandag til fredag"


@pytest.mark.parametrize(
    ("own", "said", "written"),
    [
        ("følge barnebarn til skole om morgen", "hver morgen mandag til fredag",
         "følge mit barnebarn til skole hver morgen mandag til fredag."),
        ("gå en tur med hunden om morgenen", "hver morgen mandag til fredag",
         "gå en tur med hunden hver morgen mandag til fredag."),
        ("smøre min madpakke om morgenen", "hver morgen, mandag til torsdag",
         "smøre min madpakke hver morgen, mandag til torsdag."),
    ],
)  # fmt: skip
def test_the_wishs_time_of_day_gives_way_to_the_days_said(own, said, written):
    goal = goal_of(SINGING, own_action=own, frequency=FIVE, frequency_said=said)
    assert goal.endswith(written), goal


@pytest.mark.parametrize(
    "said",
    [
        "Jeg vil følge barnebarn til skole om morgen. Abdi. Han er syv år.",
        "øh mor vil gerne kunne følge Emil til skolen om morgenen ikk",
        "han vil gerne følge sin barnebarn til børnehaven igen",
        "jeg vil gerne selv følge min lille nabodreng til bussen",
    ],
)
def test_walking_a_child_to_school_is_the_walk(said):
    assert analyze(said, TODAY).activity == "gang"
