"""Fix round 39 (fB, blind138 Ulrikke): a device inside a refused phrase said to the aid question
("Men ikke sådan en ordbog på telefonen, det vil jeg ikke have") is no aid of the goal; the phrase
runs from the refusal and its opener to a punctuation mark or "men", and the rest of the answer
is still read."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.dialogs.aid_device import device_words, devices_named

WORDS = device_words(get_content("da"))


def _devices(told: str) -> list[str]:
    return devices_named(told, WORDS)


@pytest.mark.parametrize(
    "told",
    [
        "en brikholder. Men ikke sådan en ordbog på telefonen, det vil jeg ikke have",
        "med stokken og ikke noget med mobilen, det gider jeg ikke",
        "ingen apps paa telefonen tak, bare min rollator",
        "Han vil ikke have sådan en alarm på ipaden",
        "uden sådan noget på computeren",
    ],
)
def test_a_device_in_a_refused_phrase_is_none(told):
    assert _devices(told) == []


@pytest.mark.parametrize(
    ("told", "devices"),
    [
        # the refused phrase ends at the comma or "men": the device after it is named
        ("ikke sådan en ordbog, men tabletten med stor skrift", ["tablet"]),
        ("ikke noget med alarmer men mobilen med store taster", ["mobil"]),
        # no refusal: the device is named as before
        ("med sådan en app på telefonen og min stok", ["telefon"]),
        ("jeg kan ikke undvære telefonen", ["telefon"]),
        ("jeg bruger ikke stokken. telefonen med stor skrift", ["telefon"]),
    ],
)
def test_a_device_outside_a_refused_phrase_is_named(told, devices):
    assert _devices(told) == devices


@pytest.mark.parametrize(
    ("told", "devices"),
    [
        # the device a thing is set up on is where the aid is, not the aid
        ("ergoterapeuten har sat stor skrift paa telefonen og en touchpen", []),
        ("min søn har lagt en app ind på ipaden", []),
        ("hun har installeret sådan en lup på mobilen til mig", []),
        # the device said as used is the aid still
        ("jeg skriver på telefonen med en touchpen", ["telefon"]),
        ("med tabletten og en pen", ["tablet"]),
    ],
)
def test_a_device_a_thing_is_set_up_on_is_none(told, devices):
    assert _devices(told) == devices
