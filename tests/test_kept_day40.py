"""A "nej" on the summary that turns the goal's days down and keeps one ("nej ikke både lørdag og
søndag … kun lørdag", "ikke hver tirsdag, kun hver anden"): the kept day or rhythm is the new
frequency, the refused one never the value, the measure stays. New sentences of round 40,
through the real engine and content; a negated rhythm after "både"/"lige" is no value in
`analyze` either."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand
from engine_support import at_summary
from engine_support import go as answer

WEEKEND = {
    "wish": "jeg vil gerne kunne gå en tur i parken igen",
    "measure": "500 meter",
    "frequency": "lørdag og søndag",
    "deadline": "til påske",
    "independence": "med min stok",
    "people": "min datter",
}
TUESDAY = {**WEEKEND, "frequency": "hver tirsdag"}
WEEKLY = {"times": 1, "per": "week", "every": 1}
FORTNIGHTLY = {"times": 1, "per": "week", "every": 2}


@pytest.mark.parametrize(
    ("said", "day", "gone"),
    [
        (
            "Nej ikke både lørdag og søndag, det er for meget for mine ben. Kun lørdag.",
            "lørdag",
            "søndag",
        ),
        ("nej ikke baade lordag og sondag. kun lordag", "lørdag", "søndag"),
        ("øh nej, bare søndag formiddag", "søndag formiddag", "lørdag"),
        ("nej hun kan ikke både lørdag og søndag siger hun, kun søndag", "søndag", "lørdag"),
        ("nej ikke om lørdagen, søndag", "søndag", "lørdag"),
        ("nej. ikke søndag. lørdag", "lørdag", "søndag"),
    ],
)
def test_a_day_kept_from_the_weekend_is_once_a_week(said, day, gone):
    turn = answer(at_summary(WEEKEND), said)
    assert turn.slot == "confirm", turn.prompt
    slots = turn.state["slots"]
    assert slots["frequency"] == WEEKLY, slots["frequency"]
    assert day in turn.goal_text and gone not in turn.goal_text, turn.goal_text
    assert slots["measures"] == [{"value": 500, "unit": "meter"}]
    assert answer(turn, "ja det er godt").draft["citizen_confirmed"] is True


@pytest.mark.parametrize(
    ("said", "value", "words"),
    [
        ("nej ikke hver tirsdag, kun hver anden", FORTNIGHTLY, "hver anden tirsdag"),
        (
            "nej det er ikke hver tirsdag, vi gaar kun hver anden tirsdag nu",
            FORTNIGHTLY,
            "hver anden",
        ),
        ("nej ikke tirsdag, torsdag eftermiddag", WEEKLY, "torsdag eftermiddag"),
        ("nej min kone siger jeg kan kun om fredagen", WEEKLY, "om fredagen"),
        ("nej jeg kan ikke om tirsdagen, min søn kommer der. bare fredag", WEEKLY, "fredag"),
    ],
)
def test_a_rhythm_kept_instead_of_every_tuesday(said, value, words):
    turn = answer(at_summary(TUESDAY), said)
    assert turn.slot == "confirm", turn.prompt
    assert turn.state["slots"]["frequency"] == value
    assert words in turn.goal_text and "hver tirsdag" not in turn.goal_text, turn.goal_text


@pytest.mark.parametrize(
    ("said", "slot", "value"),
    [
        ("nej det skal være hver dag", "frequency", {"times": 1, "per": "day", "every": 1}),
        ("nej, ikke 500 meter, kun 300", "measures", [{"value": 300, "unit": "meter"}]),
        ("nej, lørdag og søndag er fint, men til jul", "deadline", "2026-12-24"),
    ],
)
def test_other_changes_on_the_summary_keep_their_reading(said, slot, value):
    turn = answer(at_summary(WEEKEND), said)
    assert turn.slot == "confirm", turn.prompt
    assert turn.state["slots"][slot] == value
    if slot != "frequency":
        assert turn.state["slots"]["frequency"] == {"times": 2, "per": "week", "every": 1}


def test_a_bare_no_still_asks_what_to_change():
    turn = answer(at_summary(WEEKEND), "nej det passer ikke")
    assert turn.slot == "change", turn.prompt


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("nej ikke både lørdag og søndag", None),
        ("jeg gaar ikke lige hver dag", None),
        ("ikke nødvendigvis hver dag, men tre gange om ugen", 3),
        ("jeg vil gerne både lørdag og søndag", 2),
    ],
)
def test_a_rhythm_after_a_negation_and_a_focus_word_is_refused(text, times):
    freq = understand(text, date(2026, 12, 6)).frequency
    assert (freq.times if freq else None) == times, freq


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("nej ikke 500, kun 300", 300),
        ("nej ikke fem hundrede, bare tre hundrede", 300),
        ("nej ikke 500 meter, kun 300", 300),
        ("nej ikke 500", 500),
    ],
)
def test_a_bare_count_kept_after_one_turned_down_is_the_new_measure(said, value):
    turn = answer(at_summary(WEEKEND), said)
    assert turn.state["slots"]["measures"] == [{"value": value, "unit": "meter"}]
    assert turn.slot == ("confirm" if value != 500 else "change"), turn.prompt
    assert turn.state["slots"]["frequency"] == {"times": 2, "per": "week", "every": 1}
