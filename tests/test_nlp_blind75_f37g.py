"""Fix round 37 (f37g), blind corpus 75: South Jutland "morn" is morgen, never "mor"; getting up
from a seat said with how it goes ("kommer fint op af …") or a lift chair is a transfer."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)
DAILY = (1, "day", 1)


def _rate(text: str):
    f = analyze(text, TODAY).frequency
    return None if f is None else (f.times, f.per, f.every)


@pytest.mark.parametrize(
    "said",
    [
        "a tar mæ medicin sæl hver morn å det gå fint",
        "æ går en tur mæ æ hund hver morn",
        "a ka int kom op hver morn uden hjælp",
    ],
)
def test_dialect_morn_is_morning(said: str) -> None:
    facts = analyze(said, TODAY)
    assert _rate(said) == DAILY
    assert "mor" not in facts.people


def test_morn_outside_dialect_stays_as_typed() -> None:
    # no dialect marker: "morn" is not rewritten (a greeting, "god morn")
    assert "morgen" not in (analyze("god morn jeg er træt", TODAY).extras or {}).get("spelled", "")


@pytest.mark.parametrize(
    "said",
    [
        "jeg kommer fint op af min løftestol selv",
        "mor står godt op fra sofaen nu",
        "han kommer sagtens op af lænestolen selv",
        "den løfter mig op og så står jeg",
        "far har fået en løftestol og vil gerne selv kunne rejse sig fra den igen",
    ],
)
def test_getting_up_is_a_transfer(said: str) -> None:
    assert analyze(said, TODAY).activity == "forflytning"


@pytest.mark.parametrize(
    ("said", "act"),
    [
        # lifting weights stays strength training
        ("jeg vil gerne løfte vægte i træningscentret to gange om ugen", "styrke_og_motion"),
        ("jeg kommer fint op ad trappen til første sal", "trapper"),
    ],
)
def test_not_a_transfer(said: str, act: str) -> None:
    assert analyze(said, TODAY).activity == act
