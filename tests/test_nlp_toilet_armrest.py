"""Armrests described by their place are the toilet armrests (fix round 36, blind74): "armlæn
til toilettet", "armlænene ved toilettet" are toiletarmlæn; "en stol med armlæn" stays the
armlænsstol. A data entry of aids.yaml described_aids."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Kommunen kommer med armlæn til toilettet, så jeg vil gerne kunne gå på toilet selv",
        "jeg har faaet armlæn ved toilettet så jeg kan rejse mig selv",
        "mor skal have nogle armlæn på toilettet hun kan ikke komme op",
        "han vil gerne rejse sig selv fra wc'et med armlænene ved toilettet",
    ],
)
def test_armrests_by_the_toilet_are_toilet_armrests(text):
    assert "toiletarmlæn" in analyze(text, TODAY).aids


def test_a_chair_with_armrests_stays_the_armchair_aid():
    assert analyze("jeg vil gerne have en stol med armlæn til stuen", TODAY).aids == (
        "armlænsstol",
    )
