"""An aid said to be set aside while one does it ("stokken stiller jeg op ad væggen",
"rollatoren parkerer hun op mod væggen", "den lægger jeg fra mig") is named, but no means; so a
"selv, uden stok" after a no on the summary, with the stick set aside after it, leaves the stick
out of the goal. Through the analyzer and the real engine."""

from __future__ import annotations

import pytest
from conftest import understand
from engine_support import at_summary
from engine_support import go as answer
from test_engine_hedge import TODAY

from assistant.dialogs.handlers import _aids_not_used

CARDS = {
    "wish": "jeg vil gerne spille kort i klubben igen",
    "measure": "en hel aften",
    "frequency": "hver torsdag",
    "deadline": "til påske",
    "independence": "med rollatoren",
    "people": "min datter",
}


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("Selv, uden stok. Stokken stiller jeg op ad væggen, når jeg maler.", "stok"),
        ("selv uden rollator, rollatoren parkerer hun op mod væggen når hun danser", "rollator"),
        ("selv. stokken lægger jeg fra mig når jeg sidder og strikker", "stok"),
        ("han klarer det selv, rollatoren saetter han til side naar han spiller", "rollator"),
        ("helt selv, krykkerne stiller jeg op mod bordet mens jeg spiller billard", "krykke"),
    ],
)
def test_an_aid_set_aside_is_no_means(said, aid):
    facts = understand(said, TODAY)
    assert aid in _aids_not_used(facts)
    assert facts.independence == "selv"


@pytest.mark.parametrize(
    "said",
    ["jeg går med rollatoren", "med stokken, den stiller jeg ved siden af stolen når jeg sidder"],
)
def test_an_aid_used_stays_the_means(said):
    facts = understand(said, TODAY)
    assert not _aids_not_used(facts) and facts.independence == "hjaelpemiddel"


@pytest.mark.parametrize(
    "said",
    [
        "Selv, uden rollator. Rollatoren parkerer jeg op ad væggen, når jeg spiller.",
        "selv. rollatoren stiller jeg op ad væggen",
        "uden rollatoren altså helt selv, den saetter jeg til side naar jeg sidder ved bordet",
    ],
)
def test_selv_with_the_aid_set_aside_after_a_no_leaves_the_aid_out(said):
    turn = answer(at_summary(CARDS), "nej det passer ikke med rollatoren")
    assert turn.slot == "independence"
    turn = answer(turn, said)
    assert turn.slot == "confirm"
    assert turn.state["slots"]["independence"] == "selv"
    assert "rollator" not in (turn.goal_text or ""), turn.goal_text
