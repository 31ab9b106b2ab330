"""A reason told as a bond in the past tense ("Fordi Flensborg var vores by.") is the reason,
kept whole, and leads a later purpose (fix round 47, helper fK; blind157 Jes: his first reason
dropped for a later "så" sentence); a past story stays no reason."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.reason import reason_parts

G = get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ("Fordi Flensborg var vores by.", "Flensborg var vores by"),
        ("fordi kolonihaven var vores sted", "kolonihaven var vores sted"),
        ("fordi det var mit liv", "det var mit liv"),
        ("Fordi han var min bedste ven.", "han var min bedste ven"),
        ("fordi kirken var vores kirke", "kirken var vores kirke"),
    ],
)  # fmt: skip
def test_a_past_bond_is_the_reason(said, words):
    assert reason_parts(said, G, "citizen") == ("because", words)


def test_the_bond_leads_a_later_purpose():
    told = (
        "Fordi Flensborg var vores by. Karen var derfra, og når jeg sidder på konditoriet, er hun "
        "lidt med mig. Og så skal jeg ikke bare sidde herhjemme og vente på, at nogen kommer."
    )
    frame, words = reason_parts(told, G, "citizen")
    assert frame == "because"
    assert words.startswith("Flensborg var vores by, så jeg ikke bare skal sidde herhjemme")


@pytest.mark.parametrize(
    "said",
    [
        "fordi jeg var syg",
        "fordi vi var gift i 50 år",
        "Min mand døde sidste år.",
        "fordi jeg var lærer i 30 år",
        "Det var hans fars have.",
    ],
)
def test_a_past_story_is_no_reason(said):
    assert reason_parts(said, G, "citizen") == ("", "")
