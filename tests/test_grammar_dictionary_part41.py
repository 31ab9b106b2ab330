"""A noun's gender by the dictionary's longer last part (fix round 41, blind142 Ellen Margrethe):
the noun list reads a word it lacks by a short last part ("kop" of "teleskop": "min teleskop");
when the dictionary (nlp/nouns.json) reads it by a longer one ("skop": "teleskopet"), that one
decides ("mit teleskop"). A word the dictionary lists as its own, or whose only part is the noun
list's, keeps the noun list's reading ("kaffekop", "menstruationskop": en)."""

from __future__ import annotations

import pytest
from goal_corpus import check

from assistant.content import get_content
from assistant.nlp.grammar import agree

GRAMMAR = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("noun", "kind"),
    [
        ("teleskop", "n"),
        ("mikroskop", "n"),
        ("stetoskop", "n"),
        ("horoskop", "n"),
        ("naturvidenskab", "c"),
        ("startkapital", "c"),
        ("kaffekop", "c"),  # the noun list's own part: en kop
        ("menstruationskop", "c"),  # listed by the dictionary as its own
        ("kop", "c"),
        ("sommerhus", "n"),
    ],
)
def test_the_longest_part_known_decides_the_gender(noun, kind):
    assert GRAMMAR.noun_kind(noun) == kind


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("i min teleskop", "i mit teleskop"),
        ("med min gamle mikroskop", "med mit gamle mikroskop"),
        ("min stetoskop", "mit stetoskop"),
        ("af min kaffekop", "af min kaffekop"),
        ("mit kop", "min kop"),
    ],
)
def test_the_possessive_agrees_with_it(said, written):
    assert " ".join(agree(said.split(), GRAMMAR)) == written


@pytest.mark.parametrize(
    ("wish", "wanted"),
    [
        ("jeg vil gerne kigge på stjernerne i mit teleskop igen", "mit teleskop"),
        ("øh jeg vil gerne kunne se paa fugle med mit teleskop fra altanen", "mit teleskop"),
        ("min mand vil gerne kunne kigge i sit mikroskop i kælderen", "mit mikroskop"),
        ("jeg vil gerne drikke min kaffe af min egen kaffekop", "min egen kaffekop"),
    ],
)
def test_the_goal_keeps_the_citizens_gender(wish, wanted):
    result = check(wish, "min mand" in wish)
    assert wanted in result.goal, result.goal
    assert not result.problems, result.problems
