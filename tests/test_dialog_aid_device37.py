"""Fix round 37 (f37b, blind134 Gudrun): a tablet, phone or computer said to the aid question
is an aid of the goal beside the others ("tabletten med stor skrift og en pen …, og et
rullebord til kassen"), named by its indefinite form; one said as done without ("uden
telefonen", "ikke min mobil") or put to by another aid ("høreapparaterne koblet til
telefonen") is none. The activity stays the deed's: ordering groceries on the tablet is
shopping (tests/test_nlp_shop_setting37.py)."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.dialogs.aid_device import device_words, devices_named

WORDS = device_words(get_content("da"))


def _devices(told: str) -> list[str]:
    return devices_named(told, WORDS)


@pytest.mark.parametrize(
    ("told", "devices"),
    [
        ("tabletten med stor skrift og en pen til at trykke med, og et rullebord", ["tablet"]),
        ("min ipad og så en holder til den", ["ipad"]),
        ("øh computeren med den store skærm, og en god stol", ["computer"]),
        ("han skal bruge mobilen og stokken", ["mobil"]),
        ("telefonen. stor knap. og min rollator", ["telefon"]),
        ("ipaden og mobilen", ["ipad", "mobil"]),
    ],
)
def test_a_device_named_to_the_aid_question_is_an_aid(told, devices):
    assert _devices(told) == devices


@pytest.mark.parametrize(
    "told",
    [
        "uden telefonen, bare med rollatoren",
        "ikke min mobil, den kan jeg ikke finde ud af",
        "med en stok og et rullebord",
        "med mine hoereapparater koblet til telefonen saa jeg kan hoere hende",
        "en holder til ipaden og en tyk pen",
    ],
)
def test_a_device_done_without_put_to_or_not_said_is_none(told):
    assert _devices(told) == []
