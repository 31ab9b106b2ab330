"""Fix round 43 (fA, blind144 Henry): edge tools sharpened as a craft ("slibe knive igen ude i
garagen, for naboerne og folk fra byen", "sliber sakse og økser") are a pastime (fritid), not a
walk to the garage nor the knife at a meal; a knife used to eat stays eating."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "Nej, jeg vil ikke på det motionshold i ældrecentret, som lægen snakker om, det er ikke"
        " mig. Jeg vil slibe knive igen ude i garagen, for naboerne og folk fra byen, sådan som"
        " jeg har gjort, siden jeg lukkede butikken.",
        "Jeg vil slibe knive igen.",
        "han vil gerne kunne slibe knivene for naboerne igen ude i garagen",
        "øh jeg vil gerne slibe sakse og økser igen",
        "jeg sliber knive for folk fra byen, det vil jeg gerne igen",
        "min far vil gerne kunne slibe leen og øksen selv igen",
    ],
)
def test_sharpening_tools_is_a_pastime(said):
    assert analyze(said, TODAY).activity == "fritid"


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        ("jeg vil gerne kunne skære kødet med kniv og gaffel selv", "spise_og_drikke"),
        ("hun vil gerne kunne spise med kniv og gaffel igen", "spise_og_drikke"),
        ("jeg vil gerne kunne gå ud i garagen igen uden rollator", "gang"),
    ],
)
def test_a_knife_at_a_meal_or_a_walk_to_the_garage_stays(said, activity):
    assert analyze(said, TODAY).activity == activity
