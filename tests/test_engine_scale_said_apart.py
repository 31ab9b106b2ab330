"""A scale number said as a sentence of its own after talk or a word answer ("Meget vigtig.
Fem.", "Det skal du ikke skrive som det vigtigste. Men fire."), said after a rating word in
speech ("meget vigtigt altså fem"), reported by a relative ("fem siger han") or said as a grade
with an apostrophe ("Sådan en tre'er") is the scale value. Through the real engine and on the
scale reader alone."""

from __future__ import annotations

import pytest
from test_engine_hedge import at_step, go, text

from assistant.dialogs.cards import scale_value

WALK = "jeg vil gerne selv gaa ned til brugsen igen"


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("Meget vigtigt. Fem.", 5),
        ("Vigtigt. Fire.", 4),
        ("Ikke så vigtigt. To.", 2),
        ("Du skal ikke gøre det til det vigtigste i verden. Men fire.", 4),
        ("Det er ikke noget, jeg går og tænker på hele tiden. Men tre vel.", 3),
        ("hun vil jo gerne ud igen hun savner damerne. fem.", 5),
        ("Jeg kan gå til postkassen, men ikke længere. Nu to.", 2),
        ("Før var det en femmer. Nu tre.", 3),
        ("meget vigtigt altså fem", 5),
        ("meget vigtig fem", 5),
        ("ikke så godt to vil jeg sige", 2),
        ("fem siger han", 5),
        ("han siger to", 2),
        ("to siger hun selv", 2),
        ("Sådan en tre'er, vil jeg sige. Jeg kan skrive herhjemme.", 3),
        ("en to'er vil jeg sige", 2),
        ("hun er vel en fire'er nu", 4),
        ("det er nok en fem'er, jeg vil det rigtig gerne", 5),
        ("øh en en'er, jeg kan slet ikke komme derhen", 1),
    ],
)
def test_a_scale_number_said_apart_is_the_scale_value(content, said, value):
    assert scale_value(said, content.dialogue) == value


@pytest.mark.parametrize(
    "said",
    [
        "Jeg har to børn. Fem børnebørn.",  # counts of something, no scale
        "Vi var fem. Nu er vi tre.",
        "jeg har prøvet det en gang eller to",
    ],
)
def test_numbers_of_other_things_give_no_scale_value(content, said):
    assert scale_value(said, content.dialogue) is None


@pytest.mark.parametrize(
    ("slot", "said", "value"),
    [
        ("importance", "Meget vigtig. Fem.", 5),
        ("importance", "Det skal du nu ikke skrive som det vigtigste i livet. Men fire.", 4),
        ("importance", "fem siger han", 5),
        ("current_level", "Sådan en to'er, vil jeg sige. Jeg kommer ikke derned.", 2),
        ("current_level", "Det går ikke så godt endnu. Jeg kan ikke komme ned ad trappen. To.", 2),
    ],
)
def test_a_scale_said_apart_is_read_at_once(content, slot, said, value):
    turn = go(at_step(content, WALK, slot), content, text(said))
    assert turn.slot != slot  # understood at once
    assert turn.state["slots"][slot] == value
