"""The goal's aids: those named for the goal, an aid said short after its whole name as one."""

from __future__ import annotations

import pytest

from assistant.dialogs.draft import _goal_aids, said_thing


@pytest.mark.parametrize(
    ("slots", "expected"),
    [
        # the story's "badetaburet", then "på taburetten" in the measure: the story's aid
        (
            {"aids": ["badetaburet", "støttehåndtag", "taburet"],
             "story_aids": ["badetaburet", "støttehåndtag"]},
            ["badetaburet", "støttehåndtag"],
        ),
        ({"aids": ["rollator", "taburet"], "story_aids": ["rollator"]}, ["taburet"]),
        ({"aids": ["badetaburet", "taburet"], "story_aids": []}, ["badetaburet"]),
        ({"aids": ["stok", "albuestok"], "story_aids": []}, ["albuestok"]),
    ],
)  # fmt: skip
def test_an_aid_said_short_after_its_whole_name_is_that_aid(slots, expected):
    assert _goal_aids(slots) == expected


@pytest.mark.parametrize(
    ("independence", "expected"),
    [("selv", []), ("med_hjaelp", []), ("hjaelpemiddel", ["rollator"]), (None, ["rollator"])],
)
def test_the_storys_aid_is_the_goals_only_when_done_with_an_aid(independence, expected):
    slots = {"aids": ["rollator"], "story_aids": ["rollator"], "independence": independence}
    assert _goal_aids(slots) == expected


@pytest.mark.parametrize(
    ("aid_said", "expected"),
    [
        ("med et skærebræt med pigge", ["skærebræt"]),
        ("med en telefon med store knapper", ["telefon"]),
        ("med en let kurv på en vogn", ["kurv"]),
        ("med sådan en lang skohorn", ["skohorn"]),
        ("med de", []),  # a cut phrase names no thing
    ],
)
def test_an_aid_the_lexicon_does_not_know_is_the_thing_said(content, aid_said, expected):
    slots = {"aids": ["rollator"], "story_aids": ["rollator"], "aid_said": aid_said,
             "independence": "hjaelpemiddel"}  # fmt: skip
    assert _goal_aids(slots, content) == expected


def test_an_aid_the_lexicon_knows_stays_beside_one_said_in_own_words(content):
    slots = {"aids": ["gribetang"], "aid_said": "med en gribetang med langt skaft"}
    assert _goal_aids(slots, content) == ["gribetang"]


@pytest.mark.parametrize(
    ("phrase", "thing"),
    [
        ("med en telefon man kan styre med stemmen", "telefon"),  # a clause about it ends it
        ("med røremaskinen den kan ælte", "røremaskine"),  # not the verb "ælte"
        ("med den nye måler med store tal", "måler"),  # a noun, not the verb "måle"
        ("med en klipper med det lange skaft", "klipper"),
        ("med de hjælpemidler ergoterapeuten har vist hende", "hjælpemiddel"),
        ("med min stok hen til bilen", "stok"),
        ("med telefonen", "telefon"),
        # a number and its label say which one; the thing is the noun before them
        ("med nogle tykkere pinde altså nummer fem", "pind"),
        ("med de tykke strikkepinde nr 6", "strikkepind"),
        ("med nogle skridsikre sko str 40", "sko"),
        # an adverb of place says where the thing is, never the thing
        ("med en god lampe derude", "lampe"),
        ("med en lommelygte herinde", "lommelygte"),
        ("med min lille radio ude", "radio"),
        # where the thing is put says where, never the thing: the furniture after it is no aid
        ("med en skammel foran vasken", "skammel"),
        ("med to klodser under sengen", "klods"),
        ("med et gelænder langs trappen", "gelænder"),
        ("med en skumpude bag ryggen", "skumpude"),
    ],
)
def test_the_thing_said_is_the_noun_before_what_tells_more_of_it(content, phrase, thing):
    assert said_thing(phrase, content) == thing


def test_the_thing_said_comes_before_the_aid_that_describes_it(content):
    slots = {"aids": ["skumgreb"], "aid_said": "med en tyk kuglepen med skumgreb"}
    assert _goal_aids(slots, content) == ["kuglepen", "skumgreb"]


def test_the_furniture_an_aid_is_put_under_is_no_aid_of_the_goal(content):
    """ "klodser under sofaen" said for how: the blocks are the goal's aid, not the sofa."""
    slots = {"aids": ["rollator"], "aid_said": "med klodser under sofaen så den bliver hoejere",
             "independence": "hjaelpemiddel"}  # fmt: skip
    assert _goal_aids(slots, content) == ["klods", "rollator"]
