"""The frequency in the person's words keeps the commas of a list of days (round 27, r116b)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        # the comma after the frequency goes; the list's own commas stay
        (
            "øh tre gange om ugen, mandag, onsdag og fredag",
            "tre gange om ugen mandag, onsdag og fredag",
        ),
        ("hver uge, mandag, onsdag og fredag", "hver uge mandag, onsdag og fredag"),
        # one comma only: said on as one phrase
        ("en gang om ugen, om loerdagen", "en gang om ugen om lørdagen"),
    ],
)
def test_a_list_of_days_keeps_its_commas(said, phrase):
    assert analyze(said, TODAY).extras["frequency_said"] == phrase
