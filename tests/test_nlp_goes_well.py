"""How a thing goes is no walk (fix round 39, blind76 Harpreet): "det går fint", "det gik
skidt" say how it goes, so "jeg skifter den selv morgen og aften, det går fint" about pads is
the toilet, not walking; a walk said beside it ("det går fint med at gå med rollatoren") stays
the walk."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Jeg har ble nu efter operationen. Jeg skifter den selv morgen og aften, det går fint.",
        "jeg har bleer nu. jeg skifter dem selv morgen og aften det gaar altså fint",
        "mor har ble om natten nu, hun skifter den selv om morgenen og det går egentlig godt",
    ],
)
def test_pads_changed_and_it_goes_well_is_the_toilet(text):
    assert analyze(text, TODAY).activity == "toilet"


@pytest.mark.parametrize(
    "text",
    [
        "det går fint med at gå med rollatoren",
        "jeg går en tur hver dag og det går fint",
        "det går ikke så godt med at gå mere",
        "far går dårligt efter faldet",
    ],
)
def test_a_walk_beside_it_stays_the_walk(text):
    assert analyze(text, TODAY).activity == "gang"


def test_it_goes_well_alone_names_no_activity():
    assert analyze("det går fint", TODAY).activity is None
