"""A "nej" on the summary followed by a correction is honoured in every form: the slot the
correction names gets the new value, the old value leaves the goal, the goal is drafted anew and
asked again; a bare "nej" asks what to change, and "nej nej, det er fint" is a yes. New sentences
of round 39, through the real engine and content."""

from __future__ import annotations

import pytest
from engine_support import at_summary
from engine_support import go as answer

XMAS = {
    "wish": "jeg vil gerne kunne gå en tur i parken igen",
    "measure": "500 meter",
    "frequency": "hver dag",
    "deadline": "til jul",
    "independence": "med min stok",
    "people": "min datter",
}


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        ("Nej, til jul når jeg ikke. Første marts.", "2027-03-01"),
        ("nej ikke jul, hellere til påske", "2027-03-28"),
        ("nej det skal være til foråret", "2027-03-01"),
        ("nej det skal vaere til paaske", "2027-03-28"),
        ("nej jul er alt for tidligt. til paaske", "2027-03-28"),
        ("nej øh det naar jeg ikke til jul, hellere til sommer", "2027-06-01"),
        ("nej hun siger hellere til påske, jul er for snart", "2027-03-28"),
        ("nej. den 1. februar", "2027-02-01"),
        ("nej ikke til jul. til pinse", "2027-05-16"),
        ("nej jeg tror ikke jeg kan nå det til jul. først til sommerferien", None),
    ],
)
def test_a_new_time_with_the_no_is_the_new_deadline(said, deadline):
    turn = at_summary(XMAS)
    before = turn.state["slots"]["deadline"]
    turn = answer(turn, said)
    assert turn.slot == "confirm", turn.prompt
    slots = turn.state["slots"]
    assert slots["deadline"] != before, slots["deadline"]
    assert deadline is None or slots["deadline"] == deadline, slots["deadline"]
    assert "jul" not in turn.goal_text, turn.goal_text
    assert slots["activity"] == "gang" and "gå en tur" in turn.goal_text
    assert slots["measures"] == [{"value": 500, "unit": "meter"}]
    assert answer(turn, "ja").draft["citizen_confirmed"] is True


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("nej, ikke hver dag, to gange om ugen", {"times": 2, "per": "week", "every": 1}),
        ("nej ikke hver dag. tre gange om ugen", {"times": 3, "per": "week", "every": 1}),
        ("nej det er for tit. hver anden dag", {"times": 1, "per": "day", "every": 2}),
        ("nej hun siger hellere to gange om ugen", {"times": 2, "per": "week", "every": 1}),
        ("nej, det skal vaere en gang om ugen", {"times": 1, "per": "week", "every": 1}),
    ],
)
def test_a_new_rate_with_the_no_is_the_new_frequency(said, value):
    turn = answer(at_summary(XMAS), said)
    assert turn.slot == "confirm", turn.prompt
    assert turn.state["slots"]["frequency"] == value
    assert "hver dag" not in turn.goal_text, turn.goal_text
    assert "gå en tur" in turn.goal_text


@pytest.mark.parametrize(
    ("said", "who", "old"),
    [
        ("nej ikke med datteren, med naboen", "nabo", "datter"),
        ("nej ikke min datter, min søn", "søn", "datter"),
        ("nej ikke datteren men naboen", "nabo", "datter"),
        ("nej. min søn skal hjælpe, ikke min datter", "søn", "datter"),
    ],
)
def test_a_helper_named_instead_with_the_no_replaces_the_old(said, who, old):
    turn = answer(at_summary(XMAS), said)
    assert turn.slot == "confirm", turn.prompt
    assert who in turn.state["slots"]["people"] and old not in turn.state["slots"]["people"]
    assert old not in turn.goal_text, turn.goal_text


BAKE = {
    "wish": "jeg vil gerne kunne bage boller igen",
    "measure": "en plade boller",
    "frequency": "en gang om ugen",
    "deadline": "til jul",
    "independence": "selv",
    "people": "min datter",
}


@pytest.mark.parametrize(
    ("said", "word"),
    [
        ("nej, jeg vil hellere gå til købmanden end bage", "købmanden"),
        ("nej jeg vil hellere gaa til koebmanden end at bage", "købmanden"),
    ],
)
def test_a_new_wish_with_the_no_replaces_the_old_wish(said, word):
    turn = at_summary(BAKE)
    assert "bage" in turn.goal_text
    turn = answer(turn, said)
    for _ in range(6):
        if turn.slot == "confirm":
            break
        turn = answer(turn, "ved ikke" if turn.slot != "independence" else "selv")
    assert turn.slot == "confirm", turn.prompt
    assert word in turn.goal_text and "bage" not in turn.goal_text, turn.goal_text
    assert "boller" not in turn.goal_text


@pytest.mark.parametrize(
    "said", ["nej", "nej det er ikke rigtigt", "nej det passer ikke", "nej nej det er ikke fint"]
)
def test_a_no_without_a_correction_asks_what_to_change(said):
    turn = answer(at_summary(XMAS), said)
    assert turn.slot == "change" and turn.state["confirmed"] is not True, turn.prompt


@pytest.mark.parametrize(
    "said",
    [
        "nej nej, det er fint",
        "nej da, det er rigtigt",
        "nej nej det passer",
        "nej da det er helt fint",
    ],
)
def test_a_no_that_agrees_is_a_yes(said):
    turn = at_summary(XMAS)
    shown = turn.goal_text
    turn = answer(turn, said)
    assert turn.done and turn.draft["citizen_confirmed"] is True
    assert turn.draft["goal"]["text"] == shown


BOWLING = {
    "wish": "jeg vil gerne spille bowling om torsdagen",
    "frequency": "hver torsdag",
    "deadline": "til jul",
    "independence": "min kone skal hjælpe mig",
    "people": "min kone",
}


@pytest.mark.parametrize("said", ["nej ikke min kone, min nabo", "nej, ikke konen, naboen Jens"])
def test_the_one_after_the_comma_of_a_helper_turned_down_helps_instead(said):
    turn = answer(at_summary(BOWLING), said)
    assert turn.slot == "confirm", turn.prompt
    assert turn.state["slots"]["people"] == ["nabo"], turn.state["slots"]["people"]
    assert "nabo" in turn.goal_text and "kone" not in turn.goal_text


def test_a_clause_after_the_comma_is_no_one_instead():
    """ "hun er syg" says why, names no one instead: who helps is asked again."""
    turn = answer(at_summary(BOWLING), "nej ikke min kone, hun er syg")
    assert turn.slot == "people" and "kone" not in turn.state["slots"]["people"], turn.prompt


@pytest.mark.parametrize(
    "said",
    [
        "nej ikke 500 meter men 300 meter",
        "nej ikke 500 meter, 300",
        "nej øh ikke 500 meter men hellere 300",
    ],
)
def test_an_amount_turned_down_leaves_the_goal_for_the_one_said_after_it(said):
    turn = answer(at_summary(XMAS), said)
    assert turn.slot == "confirm", turn.prompt
    assert turn.state["slots"]["measures"] == [{"value": 300, "unit": "meter"}]
    assert "300 meter" in turn.goal_text and "500" not in turn.goal_text, turn.goal_text


@pytest.mark.parametrize(
    ("said", "asked"),
    [("nej ikke 500 meter", "Hvor meget"), ("nej, til jul når jeg ikke", "Hvornår")],
)
def test_a_no_naming_only_the_goals_own_value_asks_what_instead(said, asked):
    """The same summary came back after "nej, til jul når jeg ikke": a next "ja" would have
    confirmed the very date turned down."""
    turn = answer(at_summary(XMAS), said)
    assert turn.slot == "change" and asked in turn.prompt, turn.prompt
    assert turn.state["confirmed"] is not True
