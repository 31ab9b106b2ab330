"""Fix round 52 (blind171_nej_poul): an aid turned down on the summary with a word of when it is
worn ("Nej, skinnen skal ikke med, den bruger jeg kun om natten") leaves the goal's aids, keeps
the aid said in the person's own words when it names another thing, and never moves the goal's
time of day. Through the real engine and content."""

from __future__ import annotations

import pytest
from engine_support import at_summary
from engine_support import go as answer

from assistant.content.yesno import normalise

BANJO = {
    "wish": "jeg vil spille banjo i jazzbandet igen",
    "measure": "et helt sæt på tre kvarter",
    "frequency": "hver onsdag aften",
    "deadline": "den 3. april",
    "independence": "Ergoterapeuten har lavet en skinne til mig, og vi har købt en lettere banjo "
    "med lavere strenge",
    "people": "mit barnebarn",
}
WALK = {
    "wish": "jeg vil gå en tur i skoven igen",
    "measure": "to kilometer",
    "frequency": "hver søndag eftermiddag",
    "deadline": "til påske",
    "independence": "med min stok og mine sko med pigge",
    "people": "min datter",
}


def _aids(turn) -> list[str]:
    return list(turn.state["slots"].get("aids") or [])


@pytest.mark.parametrize(
    "said",
    [
        "Nej, skinnen skal ikke med, den bruger jeg kun om natten. Skriv den lettere banjo i "
        "stedet.",
        "Nej, skinnen skal ikke med, jeg har den kun på om natten.",
        "nej skinnen skal ikke med den bruger jeg kun om natten",  # speech, no marks
        "Nej, skinnen skal ikke med, den sover jeg med om natten.",
        "nej ikke skinnen, den bruger jeg kun om natten",
        "nej, skinnen skal ikk med, den bruger jeg kun om natten",  # a typo
    ],
)
def test_an_aid_turned_down_with_when_it_is_worn_keeps_the_goals_time(said):
    """Blind171: "om natten" (when the splint is worn) turned "hver onsdag aften" into "hver
    onsdag nat", the splint stayed in goal.aids and the independence was asked again."""
    turn = at_summary(BANJO)
    assert "hver onsdag aften" in turn.goal_text, turn.goal_text
    turn = answer(turn, said)
    assert turn.slot == "confirm", turn.prompt
    assert "hver onsdag aften" in turn.goal_text, turn.goal_text
    assert "nat" not in normalise(turn.goal_text).split()
    assert "lettere banjo med lavere strenge" in turn.goal_text
    assert "skinne" not in _aids(turn)
    assert turn.state["slots"]["independence"] == "hjaelpemiddel"


@pytest.mark.parametrize(
    ("said", "time"),
    [
        ("Nej, hellere om eftermiddagen.", "eftermiddag"),
        ("nej, vi spiller om eftermiddagen, ikke om aftenen", "eftermiddag"),
        # the time in its own clause, the aid of use in another
        ("nej hellere om morgenen, der bruger jeg ikke skinnen", "morgen"),
    ],
)
def test_a_new_time_beside_no_use_of_an_aid_still_moves_the_time(said, time):
    """Counter-examples: a part of the day said in a clause of its own is the goal's new time."""
    turn = answer(at_summary(BANJO), said)
    assert f"hver onsdag {time}" in turn.goal_text, turn.goal_text


def test_the_only_aid_turned_down_asks_how_one_will_manage():
    """Counter-example: the splint said as the goal's only aid leaves it, and how one will
    manage is asked anew; the time is not moved."""
    turn = at_summary({**BANJO, "independence": "med en skinne på hånden"})
    assert "skinne" in turn.goal_text, turn.goal_text
    turn = answer(turn, "Nej, skinnen skal ikke med, den bruger jeg kun om natten.")
    assert turn.slot == "independence", turn.prompt
    assert "skinne" not in _aids(turn)
    assert turn.state["slots"]["frequency_said"].endswith("aften")


@pytest.mark.parametrize(
    "said",
    [
        "Nej, stokken skal ikke med, den bruger jeg kun om vinteren.",
        "nej stokken skal ikke med, den bruger jeg kun om morgenen",
    ],
)
def test_the_stick_turned_down_keeps_the_shoes_and_the_sunday_afternoon(said):
    """A second goal: the stick refused with when it is used; the time stays, and the shoes
    said beside it stay in the goal, led by their "med"."""
    turn = at_summary(WALK)
    assert "eftermiddag" in turn.goal_text, turn.goal_text
    turn = answer(turn, said)
    assert "søndag eftermiddag" in turn.goal_text, turn.goal_text
    assert "morgen" not in turn.goal_text
    assert "stok" not in _aids(turn) and "stok" not in turn.goal_text
    assert "eftermiddag med mine sko med pigge" in turn.goal_text
