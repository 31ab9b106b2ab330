"""A thing the aid answer says someone has put on something is an aid (fix round 40, blind138
Walter: "…, og en stor drejeknap, som jeg har sat på radioen" was lost from the goal)."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.dialogs.aid_fitted import fitted_words
from assistant.dialogs.aid_put_on import put_on_things
from assistant.dialogs.wordlists import word_set

_PEOPLE = {"søn", "datter", "nabo", "mand"}


def _things(text: str) -> list[tuple[str, str]]:
    dialogue = get_content().dialogue
    relatives = word_set(dialogue, "aid_put_on_relatives")
    particles = word_set(dialogue, "aid_put_on_particles")
    return put_on_things(
        text, relatives, particles, lambda w: w.lower() not in _PEOPLE, fitted_words(dialogue)
    )


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Med min rollator, og et håndtag, som min søn har skruet på døren.", "et håndtag"),
        ("og en stor drejeknap, som jeg har sat på radioen", "en stor drejeknap"),
        ("min stok og så en lille krog som han har monteret paa vaeggen", "en lille krog"),
        ("øh en ekstra hylde, som min svigersøn har hængt op på væggen", "en ekstra hylde"),
    ],
)
def test_a_thing_put_on_something_is_named(text, thing):
    assert [p for p, _w in _things(text)] == [thing]


@pytest.mark.parametrize(
    "text",
    [
        "jeg har fået en drejeknap på rattet",  # no relative clause that puts it there
        "en stor knap, som jeg kan trykke på",  # no verb of putting
        "min søn, som har sat en lampe på bordet",  # the relative clause's head is a person
    ],
)
def test_no_thing_put_on(text):
    assert _things(text) == []
