"""A thing of the citizen's said alone before their own clause of will, the object left out or
said again as "den"/"det"/"dem" ("Min krop, jeg vil selv styre."): the thing is the clause's
object ("jeg selv vil styre min krop"), kept beside the reason before it (round 36)."""

from __future__ import annotations

import pytest
from compose_support import BATHING, goal_of, reason_of

from assistant.content import get_content
from assistant.nlp.topic_object import thing_topic_as_object

GRAMMAR = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("Jeg vil ikke vente på sygeplejerske. Min krop, jeg vil selv styre.",
         ", fordi jeg ikke vil vente på sygeplejersken, og jeg selv vil styre min krop"),
        ("jeg gider ikke vente på hjemmeplejen. min have, jeg vil selv passe den",
         ", fordi jeg ikke gider vente på hjemmeplejen, og jeg selv vil passe min have"),
        ("Jeg vil ikke spørge min søn hver gang. Mine penge, jeg vil selv styre dem.",
         ", fordi jeg ikke vil spørge min søn hver gang, og jeg selv vil styre mine penge"),
        ("Min medicin, jeg vil selv tage.", ", fordi jeg selv vil tage min medicin"),
    ],
)  # fmt: skip
def test_a_thing_said_first_is_the_object_of_the_citizens_will(told, reason):
    assert reason_of(goal_of(BATHING, reason_said=told)) == reason


@pytest.mark.parametrize(
    "told",
    [
        "mit hjem, jeg vil selv bestemme.",  # "bestemme over": no object to put back
        "min datter, jeg vil selv hente hende",  # kin: topic_as_object's
        "min krop, jeg vil selv styre, ikke andre",  # the clause goes on past its comma
        "min have, hun vil selv passe den",  # not the citizen's own clause
    ],
)
def test_other_topics_stay_as_said(told):
    words = told.split()
    assert thing_topic_as_object(words, GRAMMAR) == words
