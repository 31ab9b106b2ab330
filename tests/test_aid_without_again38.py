"""A bare aid said without after an aid whose name ends in it is that aid (fix round 38, blind75
Olena): "Jeg går med albuestokke … uden stokke" names the elbow crutches only, done without;
said as the means ("… gå med stok") the bare stick stays an aid of its own."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

DAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("jeg har fået en albuestok. jeg vil gerne gaa ned til brugsen uden stokken", "albuestok"),
        ("han har en terrænrollator men han vil gerne gå uden rollator i haven", "terrænrollator"),
        ("mor bruger albuestokke, hun vil så gerne kunne gå i kirke uden stokkene", "albuestok"),
        (
            "jeg går med min udendørsrollator. vil gerne gå uden rollatoren til sommer",
            "udendørsrollator",
        ),
    ],
)
def test_a_bare_aid_said_without_is_the_one_named_before(said, aid):
    facts = analyze(said, DAY)
    assert list(facts.aids) == [aid], facts.aids
    assert facts.independence == "selv"


@pytest.mark.parametrize(
    "said",
    [
        "jeg går med albuestokke nu men jeg vil gerne kunne gå med stok til sommer",
        "jeg har en albuestok og en stok, og jeg vil gerne gå med stokken til bussen",
    ],
)
def test_a_bare_aid_said_as_the_means_is_its_own(said):
    assert {"albuestok", "stok"} <= set(analyze(said, DAY).aids)
