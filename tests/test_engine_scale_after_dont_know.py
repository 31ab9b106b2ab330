"""A scale number said after a "ved ikke" ("Det ved jeg sgu ikke. Tre, hvis jeg skal sige
noget.") or with a condition after it ("en to hvis hun skal gætte") is the scale value: the
"ved ikke" only hedges it. A "ved ikke" alone stays no value."""

from __future__ import annotations

import pytest

from assistant.dialogs.cards import scale_value


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("det ved jeg sgu ikke tre hvis jeg skal sige noget", 3),
        ("ved ikke. to hvis hun skal gaette", 2),
        ("Det ved hun ikke rigtig. En to, hvis hun skal vælge.", 2),
        ("aner det ikke, fire hvis jeg skal saette et tal paa", 4),
        ("øh ved ikke maaske to", 2),
        ("ved ikke, måske en fire", 4),
        ("jeg ved det ikke altså en hvis jeg skal vaere aerlig", 1),
        ("Det ved han ikke. Fem hvis han selv skal sige det.", 5),
    ],
)
def test_a_number_after_a_dont_know_is_the_scale_value(content, said, value):
    assert scale_value(said, content.dialogue) == value


@pytest.mark.parametrize(
    "said",
    ["ved ikke", "det ved jeg sgu ikke", "ved ikke en gang om ugen", "ved ikke to børn"],
)
def test_a_dont_know_alone_gives_no_scale_value(content, said):
    assert scale_value(said, content.dialogue) is None
