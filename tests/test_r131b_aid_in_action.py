"""An aid said to how one manages whose thing the wish names already by its definite form
("cykle på cyklen ned til Brugsen" beside "med den trehjulede cykel med kurv bagpå"): the goal
says the thing once, as the aid answer tells it, where the wish names it (fix round 35,
blind131 Marie)."""

from __future__ import annotations

import pytest
from compose_support import GOALS

from assistant.nlp.compose import compose_goal


@pytest.mark.parametrize(
    ("action", "aids", "said", "kept"),
    [
        ("cykle på cyklen ned til Brugsen igen", ["cykel"],
         "med den trehjulede cykel med kurv bagpå",
         "cykle på min trehjulede cykel med kurv bagpå ned til Brugsen igen"),
        ("køre på scooteren hen til frisøren", ["el-scooter"],
         "med den nye scooter med kurv foran",
         "køre på min nye scooter med kurv foran hen til frisøren"),
        ("gå med rollatoren rundt om søen", ["rollator"],
         "med en let rollator med bremser",
         "gå med en let rollator med bremser rundt om søen"),
        ("gaa ud med stokken til postkassen", ["stok"],
         "med den lange stok med pigsko",
         "gaa ud med min lange stok med pigsko til postkassen"),
    ],
)  # fmt: skip
def test_the_aids_thing_is_said_once_where_the_wish_names_it(action, aids, said, kept):
    facts = {
        "activity": "transport",
        "own_action": action,
        "independence": "hjaelpemiddel",
        "aids": aids,
        "aid_said": said,
        "speaker": "citizen",
    }
    sentence = compose_goal(facts, GOALS)
    assert kept in sentence, sentence
    assert sentence.count(said.split()[-1]) == 1, sentence


def test_an_aid_of_another_thing_is_still_said_after_the_wish():
    facts = {
        "activity": "transport",
        "own_action": "cykle på cyklen ned til Brugsen",
        "independence": "hjaelpemiddel",
        "aids": ["rollator"],
        "aid_said": "med min rollator bagpå",
        "speaker": "citizen",
    }
    sentence = compose_goal(facts, GOALS)
    assert "cykle på cyklen ned til Brugsen med min rollator bagpå" in sentence, sentence
