"""A help not had and a partner named as such (fix round 39, blind139 Frits): the object put
first with "har han ikke" ("Og hjemmeplejen har han ikke.") is no helper; a relative who says
they are the citizen's "kæreste" (not married, living apart) is "kæreste" in the people, not the
label "pårørende"."""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import go
from test_engine_people_told31 import _to_people

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def roles(text: str) -> dict[str, str]:
    return (analyze(text, TODAY).extras or {}).get("people_roles") or {}


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("Og hjemmeplejen har han ikke.", "hjemmepleje"),
        ("Hjemmeplejen har vi ikke, men min nabo hjælper.", "hjemmepleje"),
        ("hjemmehjaelp har hun altså ikke, det klarer jeg", "hjemmehjælp"),
        ("fysioterapeut har han aldrig haft", "fysioterapeut"),
    ],
)
def test_a_help_not_had_is_no_helper(said, person):
    assert roles(said).get(person) == "unwanted"


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("Hjemmeplejen har han, de kommer om morgenen og hjælper ham.", "hjemmepleje"),
        ("min nabo hjælper, og hun har ikke noget imod det", "nabo"),
    ],
)
def test_a_help_had_stays(said, person):
    assert roles(said).get(person) != "unwanted"


@pytest.mark.parametrize(
    ("about", "everyday"),
    [
        ("min kæreste Frits", "Jeg hedder Inge, og jeg er Frits' kæreste. Vi bor hver for sig."),
        ("Poul", "jeg er hans kæreste, vi har kendt hinanden i 10 år"),
    ],
)
def test_a_partner_who_helps_is_the_kaereste(about, everyday):
    turn = _to_people(about, everyday, "han vil gerne kunne gå en tur ved havnen igen")
    assert turn.slot == "people"
    turn = go(turn, "Jeg kører ham derned om søndagen")
    people = turn.state["slots"]["people"]
    assert "kæreste" in people
    assert "pårørende" not in people
