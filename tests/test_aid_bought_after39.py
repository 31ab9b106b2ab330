"""A thing bought or given after a known aid given (fix round 39, blind139 Kirsten): "… har
givet mig en haandledsskinne …, og vi har koebt en lettere ketsjer med et tykkere greb" names
both in the goal in the person's order ("med en håndledsskinne og en lettere ketsjer med et
tykkere greb"); a splint named by its joint keeps its whole name ("håndledsskinne")."""

from __future__ import annotations

import pytest
from conftest import understand
from test_engine import TODAY, wished_until

from assistant.content import get_content
from assistant.dialogs.engine import advance
from assistant.dialogs.models import Answer
from assistant.nlp import analyze

CONTENT = get_content("da")


def aid_answer(wish: str, said: str):
    """The turn after `said` to the aid question of a dialogue with this wish."""
    turn = wished_until(CONTENT, wish, "independence")
    return advance(turn.state, Answer("text", said), CONTENT, TODAY, understand=understand)


@pytest.mark.parametrize(
    ("wish", "said", "aid_said"),
    [
        ("jeg vil gerne spille padel igen",
         "fysioteraputen har givet mig en haandledsskinne til at spille med og vi har koebt en "
         "lettere ketsjer med et tykkere greb",
         "med en håndledsskinne og en lettere ketsjer med et tykkere greb"),
        ("jeg vil gerne skrive julekort igen",
         "ergoterapeuten har givet mig en fingerskinne, og min søn har koebt en tyk kuglepen med "
         "gummigreb",
         "med en fingerskinne og en tyk kuglepen med gummigreb"),
        ("jeg vil gerne strikke igen",
         "ergoterapeuten har givet mig en haandskinne og min datter har koebt et par tykke pinde "
         "af bambus",
         "med en håndskinne og et par tykke pinde"),  # "af …" ends a thing given
    ],
)  # fmt: skip
def test_a_thing_bought_after_a_known_aid_is_named_beside_it(wish, said, aid_said):
    turn = aid_answer(wish, said)
    assert turn.state.slots["independence"] == "hjaelpemiddel"
    assert turn.state.slots["aid_said"] == aid_said


def test_a_known_aid_alone_keeps_the_lexicons_phrase():
    turn = aid_answer("jeg vil gerne kunne gå til købmanden", "kommunen har givet mig en rollator")
    assert turn.state.slots.get("aid_said") in (None, "med en rollator")


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("jeg har en haandledsskinne paa om dagen", "håndledsskinne"),
        ("min fingerskinne sidder godt", "fingerskinne"),
        ("han går med natskinnen om natten", "skinne"),  # no joint named: a splint
        ("jeg har fået en knæskinne", "knæskinne"),
    ],
)
def test_a_splint_named_by_its_joint_keeps_its_name(said, aid):
    assert aid in analyze(said, TODAY).aids
