"""Cutting one's own portion on the plate ("skære min bøf", "sin kotelet") is eating, as the
spec's "skære maden"; chopping vegetables for a dish stays cooking (fix round 42, blind80
Nikos)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "kan ikke skære kødet selv mere min datter skal gøre det",
        "Min mand vil gerne kunne skære sin kotelet selv igen",
        "far kan ik skære sin frikadelle ud, han har ingen kræfter i hånden",
        "Jeg vil selv skære min steak uden hjælp fra personalet",
        "hun kan ikke skære bøffen med den almindelige kniv",
    ],
)
def test_cutting_ones_portion_is_eating(said):
    assert analyze(said, TODAY).activity == "spise_og_drikke"


@pytest.mark.parametrize(
    "said",
    [
        "jeg skærer grøntsagerne til aftensmaden",
        "jeg skal skære løg og gulerødder til suppen",
    ],
)
def test_chopping_for_a_dish_stays_cooking(said):
    assert analyze(said, TODAY).activity == "madlavning"
