"""A pseudo-cleft wish written with a comma after its link ("Det, jeg ønsker mig, er, at jeg kan
kniple igen …"): the wish's own phrase begins after the comma as it does without one (fix round
35, blind127 Karen Margrethe)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Det, jeg ønsker mig, er, at jeg kan kniple igen og komme med på holdet om torsdagen.",
            "kniple igen",
        ),
        ("Det, far ønsker sig, er, at han kan gå ned til havnen igen.", "gå ned til havnen"),
        (
            "Det, mor drømmer om, er, at hun kan komme i kirke igen om søndagen.",
            "komme i kirke",
        ),
        ("Det, jeg gerne vil, er, at jeg selv kan handle ind i Netto.", "handle ind i Netto"),
        ("det jeg helst vil det er, at jeg kan gå i svømmehallen igen", "gå i svømmehallen"),
        ("Hvad jeg ønsker mig, er, at kunne cykle ud til stranden igen.", "cykle ud til stranden"),
        ("øh det min mand gerne vil, er, at han kan spille kort i klubben", "spille kort"),
    ],
)
def test_a_cleft_wish_with_a_comma_after_its_link_keeps_its_phrase(text, action):
    facts = analyze(text, TODAY)
    assert facts.stance == "wish"
    assert action in (facts.extras.get("action") or ""), facts.extras.get("action")
