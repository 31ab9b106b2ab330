"""A sign told as a list of steps, and a place that is not the activity (fix round 41, blind142
Ellen Margrethe): "at jeg kan gå ned for enden af haven, stille teleskopet op, finde Jupiter …,
og så komme sikkert ind igen" keeps every step (a name in it is no finite verb of a new
clause), and "komme ned i haven og kigge på stjernerne" is stargazing, no garden work."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.phrase import without_told_clause
from assistant.nlp.subgoals import suggest_subgoals

TODAY = date(2026, 12, 6)
GOALS = get_content("da").goals


def _sign(said: str) -> str:
    return analyze(said, TODAY).extras.get("criterion") or ""


@pytest.mark.parametrize(
    ("said", "last"),
    [
        ("At jeg selv kan gå ned for enden af haven om aftenen, stille teleskopet op, finde"
         " Jupiter eller Saturn og stå og kigge en halv times tid, og så komme sikkert ind igen.",
         "og så komme sikkert ind igen"),
        ("at jeg kan gaa ned paa havnen, gøre baaden klar, sejle ud med Ole og fiske en times"
         " tid, og saa komme sikkert i land igen", "og så komme sikkert i land"),
        ("øh at jeg kan gå ned i kælderen, finde min gamle kasse frem, sortere frimærkerne og"
         " sætte dem ind i albummet en times tid, og så gå op igen", "og så gå op igen"),
        ("at hun selv kan dække bordet til gæsterne, lave kaffen og skære kagen ud, og så selv gå"
         " fra køkkenet og ind i stuen med bakken på rollatoren", "med bakken på rollatoren"),
    ],
)  # fmt: skip
def test_a_list_of_steps_is_kept_to_its_last_step(said, last):
    assert _sign(said).endswith(last), _sign(said)


@pytest.mark.parametrize(
    ("said", "end"),
    [
        # a new clause with a subject of its own ends the sign before it
        ("at jeg kan gå ned for enden af haven om aftenen og kigge på stjernerne en halv times"
         " tid, og så sidder min datter og venter på mig i stuen bagefter med kaffe.", "datter"),
        # no list told with commas: cut before the last clause as before
        ("at jeg kan gå ned til stranden, stå og kigge på bølgerne en lille halv times tid og gå"
         " hjem igen, og så skal min søn hente mig bagefter i bilen", "og gå hjem igen"),
    ],
)  # fmt: skip
def test_a_sign_told_otherwise_is_cut_as_before(said, end):
    sign = _sign(said)
    assert sign.endswith(end), sign
    assert "bagefter" not in sign


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("stille teleskopet op, finde Jupiter eller Saturn og kigge", True),
        ("gå ned til bageren, hilse Karen fra mig og købe rundstykker", True),
        ("pudse alle 8 vinduer, indvendig, udvendig tager vinduespudseren", False),
    ],
)
def test_a_name_after_a_comma_is_no_new_clause(words, kept):
    said = words.split()
    assert (without_told_clause(said, GOALS.grammar) == said) is kept


def _steps(own: str) -> list[str]:
    goal = {"activity": "fritid", "own_action": own, "aids": [], "current_level": 1,
            "people": ["barnebarn"]}  # fmt: skip
    return [s["text"] for s in suggest_subgoals(goal, GOALS, TODAY)]


@pytest.mark.parametrize(
    "own",
    [
        "komme ned i haven igen om aftenen og kigge på stjernerne i mit teleskop",
        "gaa ud i haven og male akvarel af aebletraeet",
        "komme ud i haven og spille kroket med børnebørnene",
    ],
)
def test_a_place_said_first_is_not_the_activity(own):
    steps = _steps(own)
    assert not [t for t in steps if "potte" in t or "arbejde i haven" in t], steps


@pytest.mark.parametrize(
    "own",
    [
        "gå ud i haven og luge bedene",
        "komme ud i haven og ordne bedene igen",
        "komme ud i haven igen",
        "gaa ud i haven med kaffe og kage og arbejde lidt",
    ],
)
def test_garden_work_keeps_the_garden_steps(own):
    steps = _steps(own)
    assert any("arbejde i haven" in t for t in steps), steps
