"""Round 42 (blind144 Dorthea): a thing's part typed with its adjective as a fragment of its own
right after the thing ("kost. langt skaft.") is that thing's part, "en kost med langt skaft",
not a thing of its own ("et langt skaft"); and a reason typed as single words, one a sentence
("pænt. foran. huset. altid."), makes no "for husets skyld" of one of them."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.reason import reason_parts
from assistant.nlp.telegraph import listed_things

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
