"""A wished verb that takes its object from the story takes the place told with it along (fix
round 38, blind135 Tove): "jeg har spillet violin i spillemandslauget … jeg vil så gerne spille
med igen" wishes "spille violin med i spillemandslauget igen"; a group one is in (a guild, a
choir, a club) goes along even beside a venue the phrase names."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

DAY = date(2026, 12, 5)


def _action(said: str) -> str:
    return analyze(said, DAY).extras["action"]


@pytest.mark.parametrize(
    ("said", "action"),
    [
        (
            "jeg har spillet violin i spille mands lauget i over fyrre år ik, jeg vil så gerne "
            "spille med igen",
            "spille violin med i spillemandslauget igen",
        ),
        (
            "øh jeg har spillet petanque i klubben i mange år, jeg vil gerne spille med igen",
            "spille petanque med i klubben igen",
        ),
        (
            "min mand har sunget bas i koret i tyve år og han vil så gerne synge igen",
            "synge bas i koret igen",
        ),
        (
            "vi har spillet bridge paa biblioteket hver tirsdag, det vil jeg gerne spille med igen",
            "spille bridge med igen på biblioteket",  # by story_venue, before this rule
        ),
    ],
)
def test_the_told_place_goes_along_with_the_told_object(said, action):
    assert _action(said).startswith(action), _action(said)


@pytest.mark.parametrize(
    ("said", "action"),
    [
        # no place told with the object
        ("jeg har spillet kort i mange år, jeg vil gerne spille med igen", "spille kort med igen"),
        # a place of the phrase's own that is no group: the told one stays out
        (
            "jeg har spillet kort i haven med naboerne, jeg vil gerne spille med igen på "
            "plejehjemmet",
            "spille kort med igen på plejehjemmet",
        ),
    ],
)
def test_no_told_place_or_a_place_of_its_own_keeps_the_phrase(said, action):
    assert _action(said) == action
