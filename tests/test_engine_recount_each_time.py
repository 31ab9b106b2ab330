"""A duration inside the sign changed on the summary (fix round 37): "Nej, det med tre timer
passer ikke. Skriv en time ad gangen" for the sign "passe ilden hele røgningen, tre timer, og
…": the new count comes in the old one's place with its "ad gangen", and the goal's measures hold
the new duration instead of the old one (the old one said again in the no is no measure)."""

from __future__ import annotations

import pytest
from engine_support import at_summary
from engine_support import go as answer

SMOKE = {
    "wish": "jeg vil ryge sild i min røgovn i haven igen",
    "measure": "at jeg selv kan tænde op og passe ilden hele røgningen, tre timer, og bære "
    "fiskene ind bagefter",
    "frequency": "hver lørdag",
    "deadline": "til påske",
    "independence": "selv",
    "people": "min nabo",
}
GARDEN = {
    "wish": "jeg vil gerne luge i mine bede igen",
    "measure": "at jeg kan luge i to timer, og rive stierne bagefter",
    "frequency": "to gange om ugen",
    "deadline": "til sommer",
    "independence": "selv",
    "people": "min mand",
}


@pytest.mark.parametrize(
    ("answers", "said", "new", "old", "value"),
    [
        (SMOKE, "Nej, det med tre timer passer ikke. Så længe kan jeg ikke stå ved ovnen. "
         "Skriv en time ad gangen, så går jeg ind og hviler.", "en time ad gangen", "tre timer", 1),
        (SMOKE, "nej tre timer er for meget. hellere to timer ad gangen", "to timer ad gangen",
         "tre timer", 2),
        (SMOKE, "nej ikk tre timer, skriv en time ad gangen saa hviler jeg", "en time ad gangen",
         "tre timer", 1),
        (GARDEN, "nej to timer kan jeg ikke. en time hver gang", "en time hver gang", "to timer",
         1),
        # counter-example: a new count without "ad gangen" is written as said
        (GARDEN, "nej, to timer er for meget. hellere en time", "en time", "to timer", 1),
    ],
)  # fmt: skip
def test_a_new_duration_in_the_sign_replaces_the_old_with_its_each_time(
    answers, said, new, old, value
):
    turn = answer(at_summary(answers), said)
    assert turn.slot == "confirm" and turn.state["confirmed"] is not True
    assert new in turn.goal_text and old not in turn.goal_text, turn.goal_text
    assert turn.state["slots"]["measures"] == [{"value": value, "unit": "time"}]


def test_a_new_count_said_without_each_time_stays_without_it():
    turn = answer(at_summary(GARDEN), "nej, hellere en time")
    assert "ad gangen" not in turn.goal_text and "hver gang" not in turn.goal_text
