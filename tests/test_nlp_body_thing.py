"""A wish typed as a thing put on the body and the body part, each a fragment ("fødder. creme.
selv."), is the thing said with its verb on the body part ("smøre creme på mine fødder"), not
the activity's label glued to the nouns (nlp/body_thing.py; blind133 Aage). Through the real
engine too."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, answered_until, as_citizen

from assistant.nlp.body_thing import thing_on_body

G = CONTENT.goals.grammar


@pytest.mark.parametrize(
    ("wish", "doing"),
    [
        ("fødder. creme. selv.", "smøre creme på mine fødder"),
        ("Salve. Ryggen.", "smøre salve på ryggen"),
        ("creme. benene. igen", "smøre creme på benene"),
        ("øh hænder. fodcreme", "smøre fodcreme på mine hænder"),
        ("øjne. dråber. selv.", "tage dråber i mine øjne"),
    ],
)
def test_a_thing_and_a_body_part_typed_apart_get_the_things_verb(wish, doing):
    assert thing_on_body(wish, G) == doing


@pytest.mark.parametrize(
    "wish",
    [
        "datter. creme",  # no body part
        "creme. fødder. ryg",  # two body parts
        "fødder. gå. selv",  # a verb, no thing
        "skoene. fødderne",  # a thing put on by a particle verb: its own rule
        "creme på fødderne. selv",  # said with its preposition: the sentence's own reading
    ],
)
def test_other_wishes_are_left_alone(wish):
    assert thing_on_body(wish, G) is None


REST = {
    "motivation": "så jeg ikke får sår",
    "frequency": "hver aften",
    "deadline": "8 uger",
    "independence": "selv",
    "people": "ingen",
}


def test_the_goal_says_the_verb_and_keeps_the_cream():
    answers = {**REST, "wish": "fodder. creme. selv.", "measure": "begge fødder"}
    text = answered_until(as_citizen(), answers, "confirm").goal_text
    assert "smøre creme på mine fødder" in text
    assert "bad" not in text  # no label of washing glued to the nouns
