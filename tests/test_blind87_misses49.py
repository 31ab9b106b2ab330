"""A wish done "uden at vi skal bære dem for ham" is done without help, as "uden at vi skal
hjælpe ham" reads (fix round 49, blind corpus 87): someone carrying, pulling or dragging for the
person is help left out; a feeling or one's own carrying is no such clause."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "Far vil gerne kunne gå op ad trappen med sine poser, uden at vi skal bære dem for ham.",
        "mor vil gerne handle i brugsen uden at vi skal traekke hende rundt",
        "øh jeg vil gerne selv have skraldet ned uden at min søn skal slæbe det for mig",
        "han vil gerne op på loftet igen uden at hans kone skal baere tingene",
        "jeg vil gerne i haven uden at nogen skal skubbe mig i kørestolen",
    ],
)
def test_no_one_carrying_for_the_person_is_done_alone(said):
    assert analyze(said, TODAY).independence == "selv"


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gerne gå op ad trappen uden at jeg skal være bange",
        "jeg vil gerne kunne bære mine poser op ad trappen",
        "min datter skal bære poserne for mig",
    ],
)
def test_no_such_clause_reads_no_independence(said):
    assert analyze(said, TODAY).independence is None
