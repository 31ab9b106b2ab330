"""Fix round 46 (fE), blind151 Lone and blind152 Ferenc: a feature said with "med" after a
thing ("en rullepind med tykke greb", "en kniv med tykt greb") belongs to that thing, never an
aid of its own, and the thing's head stays in the goal's phrase, also when the feature ends a
sentence ("… kompressions handsker. og så …": the phrase is found in the answer with its
sentence's end typed on its last word, dialogs/aid_feature.phrase_at) and what tells more of
the thing stops at that end ("… tykt greb. den er god"). A plural adjective with its consonant
doubled ("tykke" of tyk) is a shape before a tool's part. A grab rail said on its own ("et greb
på væggen") stays the aid it is. Through the real engine."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen
from engine_support import go as answer

BAKE = {
    "wish": "jeg vil gerne selv bage boller til mine boerneboern igen",
    "measure": "at jeg kan lave dejen og bage en hel plade boller",
    "frequency": "hver lørdag",
    "deadline": "til jul",
    "motivation": "fordi de elsker mine boller",
}


def _slots(said: str) -> dict:
    return answer(answered_until(as_citizen(), BAKE, "independence"), said).state.slots


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        (
            "ergoterapeuten har givet mig en rullepind med tykke greb og kompressions handsker.",
            "med en rullepind med tykke greb og kompressionshandsker",
        ),
        ("jeg har en stok med et greb. den er fin", "med en stok med et greb"),
        ("jeg har faaet en kniv med tykt greb. den er god", "med en kniv med tykt greb"),
        ("øh jeg bruger en ske med tykt greb. det hjælper", "med en ske med tykt greb"),
        ("min mor har en rullepind med tykke greb", "med en rullepind med tykke greb"),
        (
            "min datter har købt en dejskraber med langt skaft. saa kan jeg naa",
            "med en dejskraber med langt skaft",
        ),
    ],
)
def test_a_feature_is_named_with_the_thing_before_it(said, phrase):
    slots = _slots(said)
    assert slots.get("aid_said") == phrase
    assert "gribe" not in (slots.get("aids") or [])
    assert "støttehåndtag" not in (slots.get("aids") or [])


def test_a_grab_rail_said_on_its_own_stays_an_aid():
    assert _slots("jeg har fået et greb på væggen ved komfuret").get("aids") == ["støttehåndtag"]
