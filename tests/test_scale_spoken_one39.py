"""Fix round 39 (fB, blind138 Rita): the one said as a spoken grade ("nå ja det er vel en etter",
"etteren") is a 1 on the scale, as "en toer", "en femmer" are 2 and 5; the grade counts wherever
it stands, talk after it aside. A bare "etter" is none: a Norwegian "after"."""

from __future__ import annotations

import pytest

from assistant.dialogs.cards import scale_value


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("nå ja det er vel en etter for jeg har ikke været der siden september", 1),
        ("øh en etter altså", 1),
        ("hun er nok på en etter lige nu, hun kan ingenting", 1),
        ("sæt en etter", 1),
        ("etteren vil jeg sige", 1),
        ("ja det er vel en toer for jeg kan lidt", 2),
        ("nej det er en femmer, det er det vigtigste", 5),
    ],
)
def test_a_spoken_grade_is_its_number(content, said, value):
    assert scale_value(said, content.dialogue) == value


@pytest.mark.parametrize(
    "said",
    [
        "det ved jeg ikke rigtig",
        "det går bedre etter operasjonen",  # Norwegian "after"
        "jeg har det bedre etter jul men ikke godt",
    ],
)
def test_no_grade_or_two_grades_is_none(content, said):
    assert scale_value(said, content.dialogue) is None
