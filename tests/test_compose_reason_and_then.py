"""A later sentence of the reason opening "Og så" with its verb before "jeg" (fix round 33,
reason33): "Og så savner jeg de andre på holdet" is "and also", no result, and is never written
"så jeg savner"; "Og så har jeg haft billeder i avisen" is a story told in the perfect, left out.
A state that follows ("og så får jeg en snak", "og så har jeg det bedst") is still a result
joined with "så jeg"."""

from __future__ import annotations

import pytest
from compose_support import BATHING, goal_of, reason_of


def _reason(told: str) -> str:
    return reason_of(goal_of(BATHING, speaker="citizen", reason_said=told))


@pytest.mark.parametrize(
    ("told", "wrong"),
    [
        (
            "Så min datter ikke skal være bekymret for mig. Og så savner jeg de andre på holdet.",
            "så jeg savner",
        ),
        ("Fordi jeg elsker at synge. Og så savner jeg de andre i koret.", "så jeg savner"),
        ("fordi jeg keder mig. og så tænker jeg tit på min kone", "så jeg tænker"),
        ("det er sjovt. Og så glemmer jeg smerterne lidt", "så jeg glemmer"),
        ("fordi det er hyggeligt. og så elsker jeg at lave mad", "så jeg elsker"),
        (
            "Det er det eneste, der får mig ud af huset. Og så har jeg haft billeder i Skagens "
            "Avis, og redaktøren spørger stadig efter dem.",
            "Skagens Avis",
        ),
        ("Det giver mig ro. Og så har jeg vundet præmier med dem.", "præmier"),
        ("fordi jeg savner det. og så har jeg gået der i 40 år", "40 år"),
    ],
)
def test_and_then_with_its_verb_first_is_no_result(told, wrong):
    assert wrong not in _reason(told)


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        ("jeg keder mig. og så får jeg en snak med de andre", "så jeg får en snak"),
        ("jeg keder mig. og så har jeg det bedst når jeg er ude", "så jeg har det bedst"),
    ],
)
def test_and_then_a_state_that_follows_is_a_result(told, kept):
    assert kept in _reason(told)
