"""An answer to the plain question why that turns a purpose down and then names what it is for
the person in a cleft ("Det er ikke for at skyde mest, det er lige meget. Det er kammeraterne og
at være ude i naturen …"): the cleft is the reason, not a scrap of a later clause ("jeg var 16"),
and a dismissal ("det er lige meget") or who says so ("det er min datter der siger det") is no
reason (fix round 34, blind129 Hans). Through the real engine and content."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen
from engine_support import go as answer

HUNT = {
    "wish": "jeg vil selv gaa med paa jagt igen ud til posten",
    "measure": "at jeg kan gaa helt ud til posten",
    "frequency": "hver lørdag",
    "deadline": "til jul",
    "independence": "selv",
    "people": "min kammerat",
}


@pytest.mark.parametrize(
    ("said", "own"),
    [
        ("Det er ikke for at skyde mest, det er lige meget. Det er kammeraterne og at være ude "
         "i naturen, det har jeg gjort siden jeg var 16.", "kammeraterne"),
        ("nej det er ikke for at fange noget. det er naturen og roen derude", "naturen"),
        ("ikke fordi jeg skal have en buk, det er ligegyldigt. det handler om fællesskabet",
         "fællesskabet"),
    ],
)  # fmt: skip
def test_a_cleft_after_a_purpose_turned_down_is_the_reason(said, own):
    turn = answer(answered_until(as_citizen(), HUNT, "motivation"), said)
    motivation = turn.state["slots"]["motivation"]
    assert own in motivation, motivation
    assert "lige meget" not in motivation and "ligegyldigt" not in motivation, motivation
    assert not motivation.startswith("jeg var"), motivation
