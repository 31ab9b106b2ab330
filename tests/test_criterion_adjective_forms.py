"""An adjective's or ordinal's form in -e ("tredje", "næste", "tunge") that opens an answer is no
verb of the observable sign, whether or not the lemma table knows the word (criterion._verb with
criterion.yaml's adjective_forms); verbs in -e the list does not name stay verbs."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def criterion(text: str) -> str | None:
    """The observable sign read from one answer."""
    return analyze(text, TODAY).extras.get("criterion")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("tredje gang jeg kan gå til bageren uden at stoppe", "gå til bageren uden at stoppe"),
        ("øh næste gang ka jeg gaa ned til postkassen uden stok",
         "gå ned til postkassen uden stok"),
        ("sidste gang kunne hun gå hele vejen ned til bageren uden pause",
         "gå hele vejen ned til bageren uden pause"),
        ("femte uge kan jeg bære indkøbsposerne op", "bære indkøbsposerne op"),
        ("første gang jeg kan gå til bageren uden at stoppe", "gå til bageren uden at stoppe"),
    ],
)  # fmt: skip
def test_an_adjective_form_opening_the_answer_is_no_verb(text, sign):
    assert criterion(text) == sign


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Hele sengen.", "hele sengen"),
        ("Hele vejen ned til bageren og hjem igen.", "hele vejen ned til bageren og hjem igen"),
    ],
)  # fmt: skip
def test_a_verbless_sign_opening_with_an_adjective_form_is_written_small(text, sign):
    assert criterion(text) == sign


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("at jeg kan danse en hel vals uden at stoppe", "danse en hel vals uden at stoppe"),
        ("at mor selv kan bage en hel kage igen", "bage en hel kage"),
    ],
)  # fmt: skip
def test_verbs_in_e_the_list_does_not_name_stay_verbs(text, sign):
    assert criterion(text) == sign


def test_every_listed_adjective_form_ends_in_e():
    # _verb only looks at words in -e: a listed form without it would guard nothing
    forms = get_content("da").lexicon.criterion.adjective_forms
    assert forms and all(form.endswith("e") for form in forms)
