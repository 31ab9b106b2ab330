"""A word typed with æ, ø or å is never a grade noun its folding happens to spell: "tør" folds
to "toer" (a two), but the citizen who typed the ø meant the verb, so the scale number said
after it is the value ("Nej, det går slet ikke nu, jeg tør ikke. 1." is 1). A grade typed
plainly ("en toer", "en TOER") still counts, as does "toer" typed without ø for "tør"."""

from __future__ import annotations

import pytest

from assistant.dialogs.cards import scale_value


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("Nej, det går slet ikke nu, jeg tør ikke. 1.", 1),
        ("nej hun tør ikke rigtig endnu. 2", 2),
        ("jeg tør godt gå lidt nu, men ikke langt. tre.", 3),
        ("han tør ikke gå ud alene mer. fire", 4),
        ("altså jeg tør ikke, nej. sæt en 1'er", 1),
        ("mor tør ikke gå i bad alene nu. to.", 2),
    ],
)
def test_a_word_typed_with_oe_is_no_grade(content, said, value):
    assert scale_value(said, content.dialogue) == value


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("åh, en toer. jeg kan kun et par rækker", 2),
        ("en TOER vil jeg sige", 2),
        ("nej jeg tør ikke gå ud alene, en toer vel", 2),
        ("hun er vel på en treer", 3),
    ],
)
def test_a_grade_typed_plainly_still_counts(content, said, value):
    assert scale_value(said, content.dialogue) == value


def test_a_level_in_words_is_still_read(content):
    assert scale_value("ikke så godt", content.dialogue) == 2
    assert scale_value("to", content.dialogue) == 2
