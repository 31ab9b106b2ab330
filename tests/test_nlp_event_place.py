"""A wish to go somewhere keeps the place or event the citizen named (nlp/event_place.py): a
movement with no place of its own goes to the event told as held and its room, a pointing
"derud" becomes the way to the place named; a place said alone with the walking card is walked
to (phrase.own_phrase, gang.yaml to_place)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.phrase import own_phrase

TODAY = date(2026, 12, 3)


def action(text: str) -> str | None:
    return (analyze(text, TODAY).extras or {}).get("action")


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        # spoken, the room split by the recogniser and joined
        (
            "øh om tirsdagen er der stolegymnastik oppe i fælles salen og der vil jeg gerne "
            "kunne gå op med min stok",
            "gå op til stolegymnastik i fællessalen med min stok",
        ),
        # typed without æøå, a relative speaking of her mother in the third person
        (
            "min mor hun siger der er banko paa plejehjemmet om lordagen og hun vil gerne "
            "kunne komme med",
            "komme med til banko på plejehjemmet",
        ),
        # an event word's compound ("spilleaften"), the way said as "hen"
        (
            "altså der er spilleaften i beboerhuset hver torsdag og der vil jeg gerne kunne "
            "cykle hen igen",
            "cykle hen til spilleaften i beboerhuset igen",
        ),
        # a pointing way after the event ("derned") read as the room: the event goes before it
        (
            "der er fællessang nede i opholdsstuen om onsdagen jeg vil gerne kunne gå derned selv",
            "gå til fællessang i opholdsstuen",
        ),
    ],
)
def test_a_movement_with_no_place_goes_to_the_event_told_as_held(said, phrase):
    assert action(said) == phrase


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        # a place said bare, made definite
        (
            "vi har et sommerhus ved vesterhavet og jeg vil gerne kunne køre derover selv igen",
            "køre over til sommerhuset selv igen",
        ),
        # a relative, third person, the place said definite, no æøå
        (
            "oeh min far har haft en baad i havnen i mange aar og han vil saa gerne kunne gaa "
            "derned igen og se til den",
            "gå ned til havnen igen og se til den",
        ),
        (
            "nå men vi har jo haft en kolonihave i 20 år og jeg vil gerne kunne cykle derud",
            "cykle ud til kolonihaven",
        ),
    ],
)
def test_a_pointing_way_is_said_as_the_way_to_the_place_named(said, phrase):
    assert action(said) == phrase


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        # a wish that goes somewhere already keeps its own place
        (
            "øh jeg vil gerne kunne køre på min el-scooter ned til Rema igen og handle selv. "
            "knallerten står bare ude i carporten",
            "køre på min el-scooter ned til Rema igen og handle",
        ),
        # where a thing stands is no destination for a pointing way
        (
            "oeh knallerten staar bare nede i haven og jeg vil gerne kunne koere derud igen",
            "køre derud igen",
        ),
        # an event told, but the wish is another walk with a thing of its own
        ("der er bingo om fredagen men jeg vil hellere gå ture i skoven", "gå ture i skoven"),
        # "der er" with no event after it
        ("der er ikke noget at lave herhjemme jeg vil gerne gå ud", "gå ud"),
    ],
)
def test_a_wish_with_its_own_place_or_no_event_keeps_its_words(said, phrase):
    assert action(said) == phrase


def templates():
    return get_content("da").goals


@pytest.mark.parametrize(
    ("said", "phrase"),
    [("spisesalen", "gå til spisesalen"), ("fællesstuen igen", "gå til fællesstuen igen")],
)
def test_a_room_said_alone_with_the_walking_card_is_walked_to(said, phrase):
    goals = templates()
    assert own_phrase(said, goals.get("gang"), goals) == phrase


def test_a_place_said_alone_with_another_card_keeps_the_grammars_verb():
    goals = templates()
    assert own_phrase("svømmehallen igen", goals.get("fritid"), goals) == (
        "komme i svømmehallen igen"
    )
