"""Fix round 46 (fI, blind84): a compound's tail that begins with a linking "s" is read as the
part after it when the first part shares that part's activity ("blodtryk|s|piller": pills, not
"spiller", plays); a pill splitter (pilledeler) is an aid."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gerne selv tage mine blodtrykspiller",
        "øh far vil gerne selv tage sine blodtrykspiller om morgenen",
        "mor kan ikke selv åbne glasset med blodtrykspillerne",
        "jeg vil kunne dele mine blodtrykspiller selv igen",
        "han vil gerne selv holde styr paa sine blodtrykspiller",
    ],
)
def test_linked_pills_are_ones_own_health(said):
    assert analyze(said, TODAY).activity == "egen_sundhed"


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        # a player of a game keeps the game
        ("jeg var tennisspiller i mange år og vil gerne spille igen", "fritid"),
        ("min søn er kortspiller og jeg vil gerne spille kort med ham igen", "fritid"),
        ("jeg vil gerne selv tage mine hjertepiller", "egen_sundhed"),
        ("mor vil gerne selv tage sine sovepiller", "egen_sundhed"),
    ],
)
def test_other_players_and_pills_keep_their_reading(said, activity):
    assert analyze(said, TODAY).activity == activity


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gerne dele mine piller selv med en pilledeler",
        "øh far vil gerne selv dele pillerne med pilledeleren",
        "han vil dele sine piller med en tabletdeler igen",
    ],
)
def test_a_pill_splitter_is_an_aid(said):
    got = analyze(said, TODAY)
    assert list(got.aids) == ["pilledeler"]
    assert got.independence == "hjaelpemiddel"
