"""Fix round 40 (blind137 Bent): in a wish typed as fragments, a count noun the lemma table does
not name, typed alone beside the verb, is its object ("molen. fiske. torsk." → "fiske torsk på
molen"); in things typed as fragments, adjectives typed alone describe the thing before them
("kort stang. let.") and a part typed alone after its thing is said with it ("rollator. sæde." →
"en rollator med sæde")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.telegraph import listed_things

TODAY = date(2026, 12, 6)
G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("said", "action"),
    [
        ("molen. fiske. torsk. igen.", "fiske torsk på molen"),
        ("havnen. fiske. sild.", "fiske sild på havnen"),
        ("fiske. torsk. fra båden.", "fiske torsk"),
        ("molen. fiske. torsk. selv", "fiske torsk på molen"),
    ],
)
def test_a_count_noun_said_alone_is_the_verbs_object(said, action):
    assert analyze(said, TODAY).extras.get("action", "").startswith(action)


@pytest.mark.parametrize(
    ("said", "action"),
    [
        ("fiske. havnen. selv", "fiske på havnen"),  # a place, no object
        ("fiske. hjem. igen", "fiske"),  # "hjem" is no thing
        ("gå. parken.", "gå til parken"),  # a motion verb takes no object
    ],
)
def test_a_place_or_an_adverb_said_alone_is_no_object(said, action):
    assert analyze(said, TODAY).extras.get("action") == action


@pytest.mark.parametrize(
    ("said", "things"),
    [
        ("rollator. sæde. kort stang. let.", ["en rollator med sæde", "en kort let stang"]),
        ("stok. pig.", ["en stok med pig"]),
        ("rollator. kurv. stok", ["en rollator med kurv", "en stok"]),
        ("skammel. stol. hoej.", ["en skammel", "en høj stol"]),
    ],
)
def test_a_part_or_an_adjective_typed_alone_belongs_to_the_thing_before(said, things):
    assert listed_things(said, G) == things


@pytest.mark.parametrize(
    ("said", "things"),
    [
        ("tablet. holder. stor grøn knap.", ["en tablet", "en holder", "en stor grøn knap"]),
        ("kurv. rollator", ["en kurv", "en rollator"]),  # a part first has no thing before it
        ("skammel. lup.", ["en skammel", "en lup"]),
    ],
)
def test_things_of_their_own_stay_a_list(said, things):
    assert listed_things(said, G) == things
