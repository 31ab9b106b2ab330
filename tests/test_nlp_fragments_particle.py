"""A wish in fragments whose verb comes with its particle ("knapper. sy i. selv.", "gardinerne.
hænge op"): the thing said beside it is the verb's object, before the particle ("sy knapper
i"), never a place ("lægge op ved bukserne"); a bare plural the lemma table also reads as a verb
("knapper": "knappe") is a noun by its definite plural ("knapperne": "knap"). Fix round 34,
blind129 Asta."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


def action(text: str) -> str | None:
    return (analyze(text, TODAY).extras or {}).get("action")


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("knapper. sy i. selv.", "sy knapper i"),
        ("knapper. sy.", "sy knapper"),
        ("bukserne. lægge op. selv.", "lægge bukserne op"),
        ("gardinerne. haenge op. selv", "hænge gardinerne op"),
        ("tøjet. lægge sammen", "lægge tøjet sammen"),
        ("skraldet. bære ud. selv.", "bære skraldet ud"),
        ("lamper. tænde. selv.", "tænde lamper"),
    ],
)
def test_a_verb_with_its_particle_takes_the_thing_as_its_object(said, phrase):
    assert action(said) == phrase


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("haven. sidde", "sidde i haven"),
        ("kirken. komme derhen", "komme hen til kirken"),
        ("sengen. rede den. selv.", "rede sengen"),
    ],
)
def test_places_and_pointed_things_stay_as_before(said, phrase):
    assert action(said) == phrase
