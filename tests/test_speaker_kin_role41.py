"""A relative's own role from kin by marriage and the wider family (fix round 41, blind142 Lone):
"Jeg hedder Lone og er Arnolds svigerinde" puts 'svigerinde' in the network when she says "jeg
kører ham"; a role never said of oneself leaves the neutral 'pårørende' (a "svoger" in the
answer to whom they answer for tells no gender of the one answering)."""

from __future__ import annotations

import pytest
from engine_support import go
from test_engine_people_told31 import _to_people

WISH = "han vil gerne kunne komme ud paa loppemarkedet igen"


@pytest.mark.parametrize(
    ("about", "everyday", "said", "person"),
    [
        ("min svoger Arnold", "Jeg hedder Lone og er Arnolds svigerinde, han var gift med min"
         " søster.", "Jeg kører ham derud om søndagen", "svigerinde"),
        ("min svigerinde Grethe", "jeg er hendes svoger, Bent, og bor lige ved siden af",
         "det kan jeg godt", "svoger"),
        ("min fætter Poul", "øh jeg er Pouls kusine og kigger forbi om torsdagen",
         "mig om torsdagen", "kusine"),
        ("Sofie", "Jeg er Sofies moster, hun er 58 og har haft en blodprop",
         "jeg kan køre hende", "moster"),
        ("min onkel Svend", "jeg er altså Kim, hans nevø, han bor alene",
         "mig", "nevø"),
    ],
)  # fmt: skip
def test_the_role_said_of_oneself_is_the_helper(about, everyday, said, person):
    turn = _to_people(about, everyday, WISH)
    assert turn.slot == "people"
    turn = go(turn, said)
    assert person in turn.state["slots"]["people"], turn.state["slots"]["people"]


@pytest.mark.parametrize(
    ("about", "everyday"),
    [
        ("min svoger Arnold", "han bor alene i Ribe og var pedel i mange år"),
        ("min svoger Arnold", "Arnold siger, at han har en svigerinde i Ribe"),
    ],
)
def test_no_role_said_of_oneself_leaves_the_neutral_relative(about, everyday):
    turn = _to_people(about, everyday, WISH)
    turn = go(turn, "Jeg kører ham derud")
    people = turn.state["slots"]["people"]
    assert "pårørende" in people, people
    assert not {"svigerinde", "svoger"} & set(people), people
