"""A measure typed as single words beside a wish to feed animals ("hø. vand. tre får. selv.")
becomes a deed: the fed things given to the animals, their count said alone naming them
(round 135, Valdemar); the animals of the wish in their definite or plural form."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.fragments import animal_pronoun
from assistant.nlp.telegraph import signs_as_verbs

CONTENT = get_content("da")
G = CONTENT.goals.grammar


@pytest.mark.parametrize(
    ("wish", "pronoun"),
    [
        ("fodre fårene", "dem"),
        ("ud og fodre fårene i marsken selv", "dem"),
        ("fodre hønsene", "dem"),
    ],
)
def test_animals_fed_in_the_wish_give_their_pronoun(wish, pronoun):
    assert animal_pronoun(wish, CONTENT.lexicon, G) == pronoun


@pytest.mark.parametrize("wish", ["han får kaffe om morgenen", "jeg vil få det gjort selv"])
def test_the_verb_faar_is_no_animal(wish):
    assert animal_pronoun(wish, CONTENT.lexicon, G) == ""


@pytest.mark.parametrize(
    ("sign", "deed"),
    [
        ("hø. vand. tre får. selv.", "selv give de tre får hø og vand"),
        ("korn. vand. 4 lam.", "give de 4 lam korn og vand"),
        ("hø. vand. selv.", "selv give dem hø og vand"),
    ],
)
def test_fed_things_and_a_count_become_one_deed(sign, deed):
    assert signs_as_verbs(sign, G, "dem") == deed


def test_a_count_without_fed_animals_is_no_deed():
    assert signs_as_verbs("hø. vand. tre dage.", G, "") is None
