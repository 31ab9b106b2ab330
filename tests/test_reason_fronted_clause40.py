"""A long reason is never cut between a fronted "når"/"hvis" clause and its main clause (fix round
40, blind141 Birgit): "…, og når jeg står i køkkenet dernede, er jeg en del af det hele og …"
is cut before the "når" clause, not after it."""

from __future__ import annotations

import pytest
from test_engine_measures_said import _at, _goal, _said

from assistant.content import get_content


@pytest.mark.parametrize(
    ("wish", "said", "dangling"),
    [
        ("jeg vil gerne lave suppen til fællesspisningen igen",
         "Fordi folk kender mig for min hønsekødsuppe, og når jeg står i køkkenet dernede, er jeg"
         " en del af det hele og ikke bare en gammel dame med en brækket arm.",
         "dernede."),
        ("jeg vil gerne lave mad til min familie igen",
         "fordi jeg elsker at lave mad til mange mennesker, og hvis jeg kan gøre det igen, er jeg"
         " glad og ikke bare en gammel kone der sidder og kigger ud af vinduet hele dagen",
         "igen."),
        ("jeg vil gerne synge i koret igen",
         "fordi jeg har sunget hele mit liv oeh, og naar vi synger sammen om torsdagen, saa er jeg"
         " bare lykkelig og glemmer alt det med min daarlige ryg og mine ben",
         "torsdagen."),
    ],
)  # fmt: skip
def test_a_fronted_clause_is_not_left_without_its_main_clause(wish, said, dangling):
    content = get_content("da")
    goal = _goal(_said(_at(content, wish, "motivation"), content, said), content)
    assert dangling not in goal, goal
    assert "fordi" in goal, goal


def test_a_short_reason_with_a_fronted_clause_stays_whole():
    content = get_content("da")
    said = "Fordi folk kender mig, og når jeg står i køkkenet, er jeg glad."
    turn = _said(_at(content, "jeg vil gerne lave suppen igen", "motivation"), content, said)
    assert "og når jeg står i køkkenet, er jeg glad" in _goal(turn, content)
