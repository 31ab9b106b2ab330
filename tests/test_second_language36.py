"""Second-language Danish from the older personas (fix round 36): a soft pad for the knees is
an aid ("blød pude til knæ": knæpude), while the recogniser's "på knæ ude" stays two words."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "said",
    [
        "Håndtag på væg ved siden af tæppe. Og blød pude til knæ.",
        "hun skal have en blød pude til knæene når hun luger",
        "med en knaepude og min stok",
        "øh han vil gerne kunne bede igen, han har faet en knæpude af kommunen",
    ],
)
def test_a_pad_for_the_knees_is_an_aid(said):
    assert "knæpude" in analyze(said, TODAY).aids


@pytest.mark.parametrize(
    "said",
    [
        "nu ligger jeg på knæ ude i gangen hver morgen og binder hans sko",
        "hun sidder paa knæ ude i haven og luger",
        "jeg har ondt i knæet og sover med en pude",
    ],
)
def test_kneeling_outside_or_a_pillow_is_no_pad(said):
    assert "knæpude" not in analyze(said, TODAY).aids
