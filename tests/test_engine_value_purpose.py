"""A purpose said on the summary beside a new deadline or frequency ("Nej, ikke påske. Skriv 1.
marts, så kan jeg hænge de nye gardiner op til Ruths fødselsdag") tells what the new value is
for: the value changes, the goal's reason told before stays. Through the real engine."""

from __future__ import annotations

import pytest
from engine_support import at_summary
from engine_support import go as answer

GARDEN = {
    "wish": "jeg vil gerne selv kunne vande blomsterne i haven igen",
    "motivation": "fordi haven har altid været min glæde",
    "measure": "alle krukkerne på terrassen",
    "frequency": "hver anden dag",
    "deadline": "til påske",
    "independence": "med en lille vandkande",
}


@pytest.mark.parametrize(
    ("said", "value", "told"),
    [
        (
            "Nej, ikke påske, det er for sent. Skriv 1. marts, så kan jeg vise min søster "
            "krukkerne til hendes fødselsdag.",
            "1. marts",
            "søster",
        ),
        (
            "nej ikke paaske men inden 1. marts saa kan jeg naa det foer barnedaaben",
            "1. marts",
            "barnedåben",
        ),
        (
            "nej hellere to gange om ugen så jeg ikke bliver for træt i armen",
            "to gange om ugen",
            "træt",
        ),
        ("Nej. Skriv hver dag, så får jeg rutinen tilbage.", "hver dag", "rutinen"),
        (
            "nej det er for længe skriv til 15. februar så kan jeg have det klar til vores "
            "bryllupsdag",
            "15. februar",
            "bryllupsdag",
        ),
    ],
)
def test_a_purpose_said_with_a_new_value_keeps_the_reason(said, value, told):
    turn = at_summary(GARDEN)
    assert "glæde" in turn.goal_text, turn.goal_text
    turn = answer(turn, said)
    assert turn.slot == "confirm", turn.prompt
    assert value in turn.goal_text, turn.goal_text
    assert "glæde" in turn.goal_text and told not in turn.goal_text, turn.goal_text


def test_a_purpose_said_with_a_new_date_is_the_reason_when_none_was_told():
    turn = at_summary({k: v for k, v in GARDEN.items() if k != "motivation"})
    turn = answer(turn, "nej skriv 1. marts så kan jeg vise min søster krukkerne")
    assert turn.slot == "confirm" and "1. marts" in turn.goal_text, turn.goal_text
    assert "søster" in turn.goal_text, turn.goal_text
