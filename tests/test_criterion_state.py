"""A "så" clause that tells the state of the thing made ("så maskerne er lige store") is part of
the observable sign, no reason (criterion.state_shown)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


def criterion(text: str) -> str | None:
    """The observable sign read from one answer."""
    return analyze(text, TODAY).extras.get("criterion")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("at jeg selv kan strikke en hel sok færdig så maskerne er lige store",
         "strikke en hel sok færdig så maskerne er lige store"),
        ("at a selv ka bøde et hul i æ garn færdigt så æ masker er lige store og æ knuder holder",
         "bøde et hul i garnet færdigt så maskerne er lige store og knuderne holder"),
        ("at hun selv har bagt kagen så bunden er gennembagt altså",
         "have bagt kagen så bunden er gennembagt"),
        ("at jeg kan rydde op så huset er pænt",
         "rydde op så huset er pænt"),
        ("at jeg selv kan vaske vinduerne saa glassene er rene",
         "vaske vinduerne så glassene er rene"),
        ("øh at jeg selv kan feje fortovet så fliserne er rene igen",
         "feje fortovet så fliserne er rene"),
    ],
)  # fmt: skip
def test_the_state_of_the_thing_made_is_part_of_the_sign(text, sign):
    assert criterion(text) == sign


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a person's or a body's state, or a feeling, is a reason
        ("at jeg kan gå ture så benene er stærke", "gå ture"),
        ("at jeg kan ordne haven så naboerne er glade", "ordne haven"),
        ("at jeg selv kan skrive julekortene så modtagerne er glade", "skrive julekortene"),
        ("at jeg kan gå til bageren så jeg kan se mine venner", "gå til bageren"),
    ],
)
def test_a_persons_state_after_so_stays_a_reason(text, sign):
    assert criterion(text) == sign
