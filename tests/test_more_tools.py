"""A second tool named as the means after a thing said in one's own words ("med en
skruetvinge, så træet sidder fast, og en skærehandske") stays in the goal beside it (round 33,
r127c)."""

from __future__ import annotations

import pytest
from test_engine_measures_said import _at, _goal, _said

from assistant.content import get_content


@pytest.mark.parametrize(
    ("wish", "said", "named"),
    [
        ("jeg vil gerne snitte fugle i trae igen",
         "Med en skruetvinge, så træet sidder fast på bordet, og en skærehandske på venstre hånd.",
         ["skruetvinge", "skærehandske"]),
        ("jeg vil gerne snitte skeer igen i vaerkstedet",
         "med en skruetvinge saa traeet ikke flytter sig og en skaerehandske",
         ["skruetvinge", "skærehandske"]),
        ("jeg vil gerne selv kunne gøre badeværelset rent igen",
         "med en lang skrubbebørste, så jeg ikke skal bukke mig, og med gummihandsker",
         ["skrubbebørste", "gummihandske"]),
    ],
)  # fmt: skip
def test_a_second_tool_said_as_the_means_stays_in_the_goal(wish, said, named):
    content = get_content("da")
    turn = _said(_at(content, wish, "independence"), content, said)
    goal = _goal(turn, content)
    assert all(n in goal for n in named), goal
