"""A wish's general verb of making with a dish as its object ("lave pita", "lave burek") is
cooking, whatever is eaten in the story around it (fix round 39, fC; blind137 Emina: "Jeg vil
lave pita selv igen … Før hele familien kom hver søndag og spiste pita hos mig." read as eating)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gerne lave burek igen. boernene spiste det altid hos mig om soendagen",
        "Jeg vil lave sarma selv igen, som min mor. Alle spiste sarma til jul hos os.",
        "min mor vil gerne lave pita igen, hun savner at familien spiser hendes pita",
        "øh jeg vil lave frikadeller igen. vi spiste dem hver fredag før",
    ],
)
def test_making_a_dish_is_cooking_though_eating_is_told(said):
    assert analyze(said, TODAY).activity == "madlavning"


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("jeg vil gerne kunne spise pita selv igen uden at spilde", "spise_og_drikke"),
        ("jeg vil gerne kunne tage bybussen til biblioteket to gange om ugen", None),
    ],
)
def test_eating_the_dish_or_another_verb_stays(said, activity):
    found = analyze(said, TODAY).activity
    assert found == activity if activity else found != "madlavning"
