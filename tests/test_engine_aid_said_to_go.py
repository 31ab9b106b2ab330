"""An aid said to go on the summary, the aid first and the verb after it ("Nej, knæbindet skal
ud. … Albuestokken beholder jeg.", "stokken skal væk"), leaves the goal; the other aid stays,
an aid of the story does not come in instead, and an aid spelled with æøå ("ikke knæbindet") is
turned down as one without. "rollatoren skal ud af bilen" turns nothing down. Through the real
engine."""

from __future__ import annotations

import pytest
from engine_support import at_summary
from engine_support import go as answer

from assistant.dialogs.models import Answer

ROW = {
    "everyday": "jeg har faaet ny hofte og nu gaar jeg uden stok igen",
    "wish": "jeg vil gerne ro i baaden med klubben igen",
    "measure": "en hel tur paa 5 kilometer",
    "frequency": "hver lørdag",
    "deadline": "til påske",
    "independence": "Med et knæbind og en albuestok.",
    "people": "min ven fra klubben",
}


def _confirmed(turn):
    if turn.slot != "confirm":
        return None
    return answer(turn, Answer("card", "ja")).draft


@pytest.mark.parametrize(
    "said",
    [
        "Nej, knæbindet skal ud. Fysioterapeuten siger, jeg ikke skal bruge det mere. Albuestokken"
        " beholder jeg.",
        "nej knæbindet skal væk",
        "Nej. Knæbindet skal ikke med. Kun albuestokken.",
        "nej altsaa knæbindet maa ud, det har jeg ikke brug for mere",
        "nej, ikke knæbindet",
    ],
)
def test_the_aid_said_to_go_leaves_and_the_other_stays(said):
    turn = at_summary(ROW)
    assert "knæbind" in turn.goal_text
    draft = _confirmed(answer(turn, said))
    assert draft is not None
    goal = draft["goal"]
    assert "støttebind" not in goal["aids"] and "knæbind" not in goal["text"]
    assert goal["aids"] == ["albuestok"] and "albuestok" in goal["text"]


def test_an_aid_taken_out_of_a_car_is_not_turned_down():
    walk = {**ROW, "independence": "med min rollator"}
    turn = answer(at_summary(walk), "nej, rollatoren skal ud af bilen først, så går det")
    assert "rollator" in turn.state["slots"]["aids"]
