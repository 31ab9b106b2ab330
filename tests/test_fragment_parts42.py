"""Round 42 (blind144 Dorthea): a thing's part typed with its adjective as a fragment of its own
right after the thing ("kost. langt skaft.") is that thing's part, "en kost med langt skaft",
not a thing of its own ("et langt skaft"); a reason typed as single words, one a sentence
("pænt. foran. huset. altid."), makes no "for husets skyld" of one of them. Blind143 Erling: a
thing and a place alone ("metaldetektor. marken.") is the thing used there, and adjectives said
after their thing ("ilt. bærbar.") go before it to read the aid ("bærbar ilt")."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen
from engine_support import go as answer

from assistant.content import get_content
from assistant.nlp.reason import reason_parts
from assistant.nlp.telegraph import described_joined, listed_things
from assistant.nlp.thing_at_place import thing_used_at

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("said", "things"),
    [
        (
            "rollator. kost. langt skaft. fejeblad. langt skaft.",
            ["en rollator", "en kost med langt skaft", "et fejeblad med langt skaft"],
        ),
        ("kost. langt skaft. rollator", ["en kost med langt skaft", "en rollator"]),
        ("Stok. Gummi. Langt skaft.", ["en stok med langt skaft"]),
        ("rollator. stor kurv. stok", ["en rollator med stor kurv", "en stok"]),
        ("rollator. sæde. stok", ["en rollator med sæde", "en stok"]),
    ],
)
def test_a_part_with_its_adjective_goes_with_the_thing_before_it(said, things):
    assert listed_things(said, G) == things


def test_a_described_thing_of_its_own_stays_a_thing():
    """ "stor taske" is no part of a rollator here: "taske" is, but said first it has no thing."""
    assert listed_things("stor taske. rollator", G) == ["en stor taske", "en rollator"]


@pytest.mark.parametrize(
    "said",
    [
        "pænt. foran. huset. altid. naboer. snak.",
        "haven. blomster. konen. altid.",
        "huset. pænt. vigtigt",
    ],
)
def test_a_reason_of_single_words_gives_no_sake_of_one(said):
    frame, words = reason_parts(said, G, "citizen")
    assert frame != "for_sake" and "skyld" not in words, (frame, words)


@pytest.mark.parametrize("said", ["for huset", "barnebarnet", "for min ryg"])
def test_a_sake_said_as_one_stays(said):
    assert reason_parts(said, G, "citizen")[0] == "for_sake"


@pytest.mark.parametrize(
    ("said", "deed"),
    [
        ("metaldetektor. marken. igen.", "bruge min metaldetektor på marken"),
        ("kikkert. stranden", "bruge min kikkert på stranden"),
        ("øh metaldetektor. marken", "bruge min metaldetektor på marken"),
    ],
)
def test_a_thing_and_a_place_alone_is_the_thing_used_there(said, deed):
    assert thing_used_at(said, G) == deed


@pytest.mark.parametrize(
    "said",
    ["frimærker. albummet", "sy. stuen", "bøgerne. biblioteket", "metaldetektor marken"],
)
def test_a_verb_a_kept_thing_or_one_fragment_is_no_thing_used(said):
    assert thing_used_at(said, G) is None


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("ilt. bærbar. detektor. let. ny.", "bærbar ilt. let ny detektor"),
        ("stok. kort. rollator", "kort stok. rollator"),
    ],
)
def test_adjectives_said_after_their_thing_go_before_it(said, joined):
    assert described_joined(said, G) == joined


def test_a_state_reason_moves_nothing():
    assert described_joined("huset. stille", G) is None


def test_a_reason_with_a_noun_that_is_also_a_verb_makes_no_verb_of_it():
    """ "fund. spænde. vikingetid.": the buckle, never "så jeg kan spænde"."""
    frame, words = reason_parts("fund. spænde. vikingetid. museum. spændende.", G, "citizen")
    assert "spænde" not in words.split(), (frame, words)


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("ilt. bærbar. detektor. let. ny.", "iltapparat"),
        ("ilt. bærbar.", "iltapparat"),
        ("stok. ny.", "stok"),
    ],
)
def test_an_aid_named_by_its_adjective_after_it_is_read(said, aid):
    turn = answered_until(
        as_citizen(), {"wish": "jeg vil gerne gå en tur i skoven"}, "independence"
    )
    slots = answer(turn, said).state.slots
    assert aid in (slots.get("aids") or []), slots.get("aids")
    assert slots.get("independence") == "hjaelpemiddel"
