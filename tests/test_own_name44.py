"""Round 44, blind141 Bjarne: a reason's clause in which the citizen is their own name ("på
banen er han ikke patient, der er han bare Bjarne") says who they are, not why, and no name goes
into the goal sentence: the clause is left out (and a contrast said right after it), the rest of
the reason kept; a reason of nothing else is left out whole. Other names and "mig selv" stay.
Through the real composer."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import reason_frame

GOALS = get_content("da").goals


@pytest.mark.parametrize(
    ("speaker", "told", "reason", "name"),
    [
        (
            "relative",
            "Han siger, at på banen er han ikke patient, der er han bare Bjarne. Og han savner "
            "drengene og snakken i omklædningsrummet bagefter.",
            "jeg ikke er patient på banen, og jeg savner drengene",
            "Bjarne",
        ),
        (
            "citizen",
            "fordi paa banen er jeg ikke patient, der er jeg bare Bjarne, og jeg savner drengene",
            "patient",
            "Bjarne",
        ),
        (
            "relative",
            "fordi der er hun bare Else og ikke den syge, og hun griner igen",
            "jeg griner igen",
            "Else",
        ),
        (
            "citizen",
            "øh fordi i koret der er jeg jo bare Grethe og jeg synger med de andre",
            "jeg synger med de andre",
            "Grethe",
        ),
    ],
)
def test_a_clause_naming_the_citizen_is_left_out(speaker, told, reason, name):
    frame, said = reason_frame(told, GOALS, speaker)
    assert frame and reason in said, said
    assert name not in said, said


@pytest.mark.parametrize(
    "told",
    [
        "fordi i koret er jeg bare Grethe, ikke en gammel dame med rollator",
        "fordi jeg er Bjarne",
    ],
)
def test_a_reason_of_only_the_name_is_left_out(told):
    assert reason_frame(told, GOALS, "citizen") == ("", "")


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        ("fordi hun er Karen, min bedste veninde", "Karen"),
        ("fordi jeg er glad når jeg er sammen med Karen", "sammen med Karen"),
        ("fordi jeg er Karens mor", "Karens mor"),
        ("fordi der er jeg bare mig selv", "mig selv"),
    ],
)
def test_other_names_and_the_self_stay(told, kept):
    assert kept in reason_frame(told, GOALS, "citizen")[1]
