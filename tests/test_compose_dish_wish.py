"""A dish said as the whole wish ("kogte kartofler til aftensmaden", "stegt flæsk"): the dish is
made, so the goal gives it the dish verb ("lave kogte kartofler …"), never the participle as a
verb after "kunne" ("Jeg vil kunne kogte kartofler") nor the activity's label alone ("lave
mad")."""

from __future__ import annotations

import pytest
from goal_corpus import check


@pytest.mark.parametrize(
    ("said", "relative", "kept"),
    [
        ("kogte kartofler til aftensmaden", False, "lave kogte kartofler til aftensmaden"),
        ("stegt flæsk og persillesovs til min mand", True, "lave stegt flæsk og persillesovs"),
        ("jeg vil gerne kogte kartofler igen", False, "lave kogte kartofler igen"),
        ("hun vil gerne stegt flæsk med persillesovs igen", True, "lave stegt flæsk med"),
        ("øh bagte kartofler til søndagsmiddagen", False, "lave bagte kartofler til"),
        ("røget laks til nytår selv", False, "lave røget laks"),
        ("kogt torsk med sennepssovs igen", False, "lave kogt torsk med sennepssovs"),
        ("paneret fisk selv", False, "lave paneret fisk"),
        ("grillede poelser til sommerfesten", False, "lave grillede pølser til sommerfesten"),
        ("hakket oksekød selv", False, "lave hakket oksekød"),
        ("stegte sild", False, "lave stegte sild"),
    ],
)
def test_a_dish_said_alone_as_the_wish_is_made(said, relative, kept):
    c = check(said, relative)
    assert not any(not p.startswith("own words") for p in c.problems), c
    assert kept in c.goal, c.goal


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("jeg vil gerne bage boller til børnebørnene", "bage boller til børnebørnene"),
        ("han vil gerne stege frikadeller selv igen", "stege frikadeller"),
        ("min mor vil gerne kunne lave stegt flæsk igen", "lave stegt flæsk igen"),
    ],
)
def test_a_wish_with_its_own_verb_keeps_it(said, kept):
    c = check(said, said.startswith(("han ", "min ")))
    assert kept in c.goal and "lave lave" not in c.goal, c.goal
