"""Fix round 47 (fH; blind157 Evald): a relative clause calling the citizen by their name after
the head it describes ("det er de eneste, der stadig kalder ham Evald og ikke bare den gamle")
keeps the head whole with the name said as "ved mit navn" (own_name._called_by_name, grammar
called_by_name), never the stump "fordi det er de eneste"; the contrast after it goes as before.
A nickname, a main clause of who one is, and a clause naming no one stay as they were."""

from __future__ import annotations

import pytest
from compose_support import reason_in_goal


@pytest.mark.parametrize(
    ("speaker", "told", "kept"),
    [
        (
            "relative",
            "Fordi det er de eneste, der stadig kalder ham Evald og ikke bare den gamle. De "
            "snakker om gamle dage.",
            ", fordi det er de eneste, der stadig kalder mig ved mit navn.",
        ),
        (
            "citizen",
            "Fordi de er de eneste, der stadig kalder mig Evald.",
            ", fordi de er de eneste, der stadig kalder mig ved mit navn.",
        ),
        (
            "citizen",
            "Fordi hun er den eneste, som kalder mig Grethe og ikke bare mormor.",
            ", fordi hun er den eneste, som kalder mig ved mit navn.",
        ),
        (
            "citizen",
            "fordi det er de eneste der stadig kalder mig Jens og ikke bare den gamle",
            ", fordi det er de eneste, der stadig kalder mig ved mit navn.",
        ),
        (
            "relative",
            "fordi det er dem i klubben, der altid kalder hende Ruth og ikke bare fru Hansen",
            ", fordi det er dem i klubben, der altid kalder mig ved mit navn.",
        ),
    ],
)
def test_a_relative_clause_calling_the_citizen_by_name_keeps_its_head(speaker, told, kept):
    assert reason_in_goal(told, speaker) == kept


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("Fordi på banen er jeg ikke patient, der er jeg bare Bjarne.", ", fordi jeg ikke er"),
        ("Fordi drengene de kalder mig pølse Bjarne ikke, og jeg hører til der.", ", fordi jeg"),
        ("Fordi det er de eneste, der stadig besøger mig.", ", der stadig besøger mig."),
    ],
)
def test_other_named_clauses_stay_as_before(told, reason):
    said = reason_in_goal(told, "citizen")
    assert reason in said, said
    assert "Bjarne" not in said and "navn" not in said
