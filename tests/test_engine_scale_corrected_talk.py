"""A scale number corrected with "nej" ("en treer nej en toer") gives the corrected number, also
when talk of its own follows it at once ("… en toer det er nok mere ærligt"); a number with such
talk after it ("fem det er meget vigtigt") is the answer though a hedge ("det er") could take the
talk's first words."""

from __future__ import annotations

import pytest

from assistant.dialogs.cards import scale_value


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("øh en firer måske nej en treer det er vel mere rigtigt", 3),
        ("en treer nej undskyld en toer det er nok det ærlige svar", 2),
        ("hmm fire eller nej tre det er det nok", 3),
        ("to nej en ener det er sandt hun kan slet ikke", 1),
        ("fem det er rigtig vigtigt for mig", 5),
        ("tre det er vel meget godt sagt", 3),
        ("jamen en toer nej vent en treer det kan han godt", 3),
    ],
)
def test_the_corrected_number_wins_with_talk_after_it(content, said, value):
    assert scale_value(said, content.dialogue) == value


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("to nej tre", 3),
        ("tre nej vent jeg gaar to gange om ugen", 3),  # the "to" after counts walks
        ("en toer nej", 2),
        ("fire", 4),
    ],
)
def test_counter_examples_keep_their_reading(content, said, value):
    assert scale_value(said, content.dialogue) == value


@pytest.mark.parametrize(
    "said",
    [
        "to gange om ugen det er nok",
        "en gang det er laenge siden",
    ],
)
def test_a_number_counting_something_is_no_scale(content, said):
    assert scale_value(said, content.dialogue) is None
