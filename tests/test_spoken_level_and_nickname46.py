"""Fix round 46 (fG, blind153 Bjarne): a spoken level that wavers through other numbers
before its correction ("øh to måske en og en halv nej to") is the number the correction names;
a reason's clause in which others call the citizen by a name ("drengene i klubben de kalder mig
pølse Bjarne ikke") says who he is, no reason: it goes, as "der er jeg bare Bjarne" does."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.dialogs.cards import scale_value
from assistant.nlp.own_name import without_own_name

CONTENT = get_content("da")
DIALOGUE = CONTENT.dialogue
GRAMMAR = CONTENT.goals.grammar


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("øh to måske en og en halv nej to", 2),
        ("oeh tre maaske to og en halv nej tre", 3),
        ("altså fire måske tre og en halv nej fire", 4),
        ("to eller tre nej undskyld tre", 3),
        ("en måske to nej en", 1),
        ("hun siger to måske halvanden nej to", 2),
    ],
)
def test_the_number_after_a_wavering_correction(said, value):
    assert scale_value(said, DIALOGUE) == value


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("to, nej tre", 3),  # a plain correction, as before
        ("fire altså fire", 4),
        ("øh to måske tre", 2),  # no correction: the first number
        ("to måske en og en halv", None),  # wavering with no number settled
    ],
)
def test_other_level_answers_stay(said, value):
    assert scale_value(said, DIALOGUE) == value


@pytest.mark.parametrize(
    ("reason", "kept"),
    [
        ("der får jeg snakket med folk og drengene i klubben de kalder mig pølse Bjarne ikke "
         "og så er jeg med i det", "der får jeg snakket med folk og så er jeg med i det"),
        ("jeg kender dem alle, de kalder mig for Lille Ib, og jeg hører til der",
         "jeg kender dem alle, og jeg hører til der"),
        ("på holdet kalder de mig bare Fru Hansen og jeg griner hele tiden",
         "jeg griner hele tiden"),
    ],
)  # fmt: skip
def test_a_clause_calling_the_citizen_by_a_name_goes(reason, kept):
    assert without_own_name(reason, GRAMMAR) == kept


@pytest.mark.parametrize(
    "reason",
    [
        # someone else called by a name: no name of the citizen's
        "min kone kalder på mig og så går vi ud",
        # called something, no name
        "de kalder mig ind til kaffe og så snakker vi",
    ],
)
def test_other_calls_stay(reason):
    assert without_own_name(reason, GRAMMAR) == reason
