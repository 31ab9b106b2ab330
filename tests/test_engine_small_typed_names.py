"""An answer to who helps typed all in small letters ("hanne henter mig i sin bil …") writes
no name with a capital: a word no table knows that opens a sentence before a verb in the present
or a follower ("kan", "plejer") is the helper's first name, written with its capital ("Hanne");
the help told only in the story of today ("min mand") is then not the goal's (blind133
Dorthe). Through the real engine."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, answered_until, as_citizen
from test_engine_hedge import at_step, go, text

CAFE = "jeg vil gerne med paa cafe igen med pigerne fra kontoret"


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("birte henter mig i bilen", "Birte"),
        ("karen plejer at tage med. hun bor lige ved siden af", "Karen"),
        ("ok. gitte kan koere mig derhen", "Gitte"),
    ],
)
def test_a_name_typed_small_that_opens_a_sentence_is_the_helper(said, name):
    turn = go(at_step(CONTENT, CAFE, "people"), CONTENT, text(said))
    assert turn.slot != "people"  # understood at once
    assert name in turn.state["slots"]["people"]


@pytest.mark.parametrize(
    ("said", "wrong"),
    [
        ("svend skal ikke med han gider ikke", "Svend"),  # refused
        ("birte henter mig i Skive", "birte"),  # capitals typed: a small word is no name
        ("bussen kører mig derhen", "Bussen"),  # a word the tables know
    ],
)
def test_a_refused_or_known_word_is_no_helper_by_name(said, wrong):
    turn = go(at_step(CONTENT, CAFE, "people"), CONTENT, text(said))
    people = turn.state["slots"].get("people") or []
    assert wrong not in people and wrong.capitalize() not in people


def test_the_story_helper_leaves_when_a_name_is_the_help():
    answers = {
        "everyday": "jeg bor med min mand i et hus og han hjaelper mig med det hele",
        "wish": CAFE,
        "people": "birte henter mig i sin bil",
    }
    slots = answered_until(as_citizen(), answers, "confirm").state["slots"]
    assert "Birte" in slots["people"]
    assert "mand" not in slots["people"]
