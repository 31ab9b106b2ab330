"""A "med …" phrase said right after an aid of the lexicon with its article ("jeg har fået en stok
med et greb, så jeg kan hænge den på armen", blind150 Hans) tells that aid's feature: the goal
names the aid with it ("med en stok med et greb"), never the feature alone ("med et greb", which
lost the stick and stored "gribe", the verb of "greb", as an aid), and the purpose told after it
is no part of the aid phrase (dialogs/aid_feature.py). A grip said alone, or an aid said beside
another thing, keeps its own reading. Through the real engine."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen, at_summary
from engine_support import go as answer

TRAIN = {
    "wish": "jeg vil gerne være konduktør på veteranbanen igen",
    "measure": "klippe alle billetterne på turen",
    "frequency": "hver anden søndag",
    "deadline": "til påske",
    "motivation": "fordi toget har været mit liv",
}


def _slots(said: str) -> dict:
    return answer(answered_until(as_citizen(), TRAIN, "independence"), said).state.slots


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        (
            "jeg har fået en stok med et greb, så jeg kan hænge den på armen, når jeg skal "
            "bruge begge hænder til billettangen",
            "med en stok med et greb",
        ),
        ("min datter har købt mig en stok med et greb af kork", "med en stok med et greb af kork"),
        (
            "øh han har faaet en stok med et greb, så han kan hænge den på armen",
            "med en stok med et greb",
        ),  # fmt: skip
    ],
)
def test_a_feature_said_after_an_aid_keeps_the_aid(said, phrase):
    slots = _slots(said)
    assert slots.get("aid_said") == phrase, slots.get("aid_said")
    assert "stok" in slots.get("aids", []), slots
    assert "gribe" not in slots.get("aids", []), slots


def test_the_goal_names_the_stick_with_its_grip_not_its_purpose():
    said = "jeg har fået en stok med et greb, så jeg kan hænge den på armen"
    text = at_summary({**TRAIN, "independence": said}).goal_text
    assert "med en stok med et greb" in text, text
    assert "gribe" not in text and "hænge den" not in text, text


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("med et greb på væggen", "med et greb på væggen"),
        ("øh jeg har faaet en stok med et gummigreb", "med min stok med et gummigreb"),
        ("jeg bruger en stok med en pig, når der er glat", "med min stok med en pig"),
    ],
)
def test_other_grips_and_features_keep_their_reading(said, phrase):
    assert _slots(said).get("aid_said") == phrase
