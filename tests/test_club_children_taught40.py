"""Teaching a club's children as their leader is a volunteer's role (fix round 40, blind141
Kristian): "lære ulvene at tænde bål", "undervise juniorerne i knob" name arbejde_og_frivillig;
teaching one's own grandchildren does not."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gerne lære ulvene at tænde bål og snitte igen",
        "han vil gerne undervise juniorerne i at binde knob igen",
        "øh jeg vil gerne kunne lære spejderne at slå telt op igen til sommer",
        "jeg vil gerne laere baeverne at finde vej i skoven igen",
        "min far vil gerne lære troppen at bygge en bro igen",
    ],
)
def test_teaching_a_clubs_children_is_volunteer_work(said):
    assert analyze(said, TODAY).activity == "arbejde_og_frivillig"


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gerne lære mine børnebørn at snitte",
        "jeg vil gerne lære at tænde bål selv igen",
    ],
)
def test_teaching_ones_own_or_learning_oneself_is_no_volunteer_work(said):
    assert analyze(said, TODAY).activity != "arbejde_og_frivillig"
