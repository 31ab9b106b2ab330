"""Things given or bought, told before a refused aid ("Fysioterapeuten har givet mig en hælkile
…, og jeg har købt nye indendørssko …. Albuestokkene vil jeg ikke have med i hallen, nej.",
blind148 Flemming): only the refused aid goes, the things told before it are the means
(hjaelpemiddel). A refusal alone, or one told first, still leaves the goal done alone. Through
the real engine."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen
from engine_support import go as answer

BADMINTON = {
    "wish": "jeg vil gerne spille badminton igen",
    "measure": "tre doubler i træk",
    "frequency": "hver torsdag",
    "deadline": "til påske",
}


def _slots(said: str) -> dict:
    return answer(answered_until(as_citizen(), BADMINTON, "independence"), said).state.slots


def _goal_aids(slots: dict) -> list:
    story = slots.get("story_aids") or []
    return [a for a in slots.get("aids") or [] if a not in story]


@pytest.mark.parametrize(
    ("said", "refused"),
    [
        (
            "Fysioterapeuten har givet mig en hælkile i skoen og en ankelbandage, og jeg har "
            "købt nye indendørssko med god støtte. Albuestokkene vil jeg ikke have med i "
            "hallen, nej.",
            "albuestok",
        ),
        (
            "fysioterapeuten har givet mig en haelkile. albuestokkene vil jeg ikke ha med, nej",
            "albuestok",
        ),
        ("min datter har købt en god stol til mig. rollatoren gider jeg ikke bruge.", "rollator"),
        ("øh ergoterapeuten har skaffet mig en gribeding. men stokken vil jeg ikke have.", "stok"),
        ("min søn har lavet mig en skammel. nej, kørestolen skal jeg ikke have.", "kørestol"),
    ],
)
def test_things_given_before_a_refused_aid_are_the_means(said, refused):
    slots = _slots(said)
    assert slots.get("independence") == "hjaelpemiddel", slots.get("independence")
    assert refused not in _goal_aids(slots), slots


@pytest.mark.parametrize(
    "said",
    [
        "Albuestokkene vil jeg ikke have med i hallen, nej.",
        "nej jeg har ikke fået en rollator, og stokken vil jeg ikke have.",
        "nej tak, ingen hjælpemidler.",
    ],
)
def test_a_refusal_with_nothing_given_before_is_done_alone(said):
    slots = _slots(said)
    assert slots.get("independence") == "selv", slots.get("independence")
    assert not _goal_aids(slots), slots
