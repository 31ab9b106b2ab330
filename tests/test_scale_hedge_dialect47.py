"""A scale number with the speaker's own hedge after it ("vil jeg sige", "siger jeg", "må jeg
nok sige"), the speaker said in dialect too ("a", "æ", "jæ"; fix round 47, helper fK; blind157
Hedvig, Thy: "øh to vil a sige" not read); a number that counts something stays no value."""

from __future__ import annotations

import pytest

from assistant.dialogs.cards import scale_value


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("øh to vil a sige", 2),
        ("to vil æ sige", 2),
        ("øhm tre tror a", 3),
        ("fire siger a", 4),
        ("øh to må a nok sige", 2),
        ("fem ville a sige", 5),
        ("Øh, fem vil jeg nok sige.", 5),
        ("tre siger jeg", 3),
        ("to, tror jæ", 2),
        ("altsaa en ville jeg tro", 1),
        ("jamen fire maa jeg nok sige", 4),
    ],
)  # fmt: skip
def test_a_number_hedged_by_the_speaker_is_the_value(content, said, value):
    assert scale_value(said, content.dialogue) == value


@pytest.mark.parametrize(
    "said",
    [
        "to børn vil a sige",
        "tre gange om ugen vil a sige",
        "en gang om ugen siger jeg",
        "a ka int sige det",
    ],
)
def test_a_number_counting_something_is_no_value(content, said):
    assert scale_value(said, content.dialogue) is None
