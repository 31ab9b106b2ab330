"""An aid left behind, and "have med" (fix round 44, blind149 Hanne).

- An aid fronted and then said to stay behind with "tage … ikke med" ("Men rollatoren, nej, den
  tager jeg ikke med i fitnesscentret"), or "tager ikke X med" before it, is no means of the
  goal: kept as told (story_aids), out of the goal's aids (independence.yaml aid_refused /
  aid_rejected / aid_refused_before).
- "jeg har min stok med derned": "med" is the particle of "have med" and "derned" a place
  adverb; no part fitted on the aid and no "med …" thing ("min stok med derned" never written).
Through the real engine and analyzer.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand
from engine_support import answered_until, as_citizen
from engine_support import go as answer

FITNESS = {
    "wish": "jeg vil gerne tilbage og træne i fitnesscentret",
    "measure": "20 minutter på løbebåndet",
    "frequency": "to gange om ugen",
    "deadline": "til påske",
}
TODAY = date(2026, 11, 22)


def _slots(said: str) -> dict:
    return answer(answered_until(as_citizen(), FITNESS, "independence"), said).state.slots


def _goal_aids(slots: dict) -> list:
    story = slots.get("story_aids") or []
    return [a for a in slots.get("aids") or [] if a not in story]


@pytest.mark.parametrize(
    ("said", "kept", "refused"),
    [
        (
            "Jeg har min stok. Men rollatoren, nej, den tager jeg ikke med i fitnesscentret, "
            "så bliver jeg hellere hjemme.",
            "stok",
            "rollator",
        ),
        ("min stok ja. rollatoren tar jeg altsaa ikke med derned", "stok", "rollator"),
        ("øh med stokken, men jeg tager ikke rollatoren med i centret", "stok", "rollator"),
        ("Hun går med rollator. Stokken tager hun aldrig med, den er pinlig.", "rollator", "stok"),
        ("med min rollator. albuestokkene, dem tog vi ikke med sidst", "rollator", "albuestok"),
    ],
)
def test_an_aid_left_behind_is_no_means(said, kept, refused):
    slots = _slots(said)
    assert kept in _goal_aids(slots), slots
    assert refused not in _goal_aids(slots), slots


@pytest.mark.parametrize(
    "said",
    [
        "Jeg tager min rollator med i fitnesscentret.",
        "rollatoren den tager jeg med, så kan jeg sidde på den",
        "Jeg tager ikke bussen, jeg går derned med min rollator.",
    ],
)
def test_an_aid_taken_along_stays_the_means(said):
    # counter-examples: the rollator is brought, or the "ikke" is about something else
    f = understand(said, TODAY)
    assert "rollator" in f.aids
    assert "rollator" not in f.extras["aids_not_used"]


@pytest.mark.parametrize(
    "said",
    [
        "Fysioterapeuten har lavet et program til mig, og jeg har min stok med derned.",
        "jeg har altid stokken med derhen",
        "jeg har min rollator med ud, og så går det",
        "min mor har stokken med hjem og derned",
    ],
)
def test_have_along_with_a_place_adverb_names_no_part(said):
    slots = _slots(said)
    phrase = str(slots.get("aid_said") or "")
    for word in ("derned", "derhen", "ud", "hjem", "med med"):
        assert f" {word}" not in f" {phrase}".replace(",", ""), phrase
    assert slots.get("independence") == "hjaelpemiddel"


def test_a_part_fitted_on_the_aid_is_still_named():
    # counter-example: "med en lygte på" is a thing on the rollator
    slots = _slots("min rollator med en lygte på, den har min søn sat på")
    assert "lygte" in str(slots.get("aid_said") or ""), slots.get("aid_said")
