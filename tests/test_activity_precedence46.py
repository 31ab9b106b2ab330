"""Fix round 46 (fI, blind84): the deed wins over its object's own activity: stairs washed or
swept are cleaning (not climbing), stains got out of clothes or linen are the wash (not
dressing), duvets and pillows washed are the wash."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        # stairs washed or swept
        ("jeg vil gerne vaske trappen i opgangen selv igen", "rengoering"),
        ("a vil gjen ku vask æ trapp når det er vor tur", "rengoering"),
        ("mor kan ikke feje trapperne mere", "rengoering"),
        ("øh min mand vil gerne selv skrubbe trappen hver fredag", "rengoering"),
        # stains out of clothes or linen
        ("far kan ikke faa pletterne ud af sine skjorter", "toejvask"),
        ("jeg vil gerne selv kunne faa pletter af dugen igen", "toejvask"),
        ("øh hun kan ikke faa pletten ud af sin bluse", "toejvask"),
        # duvets and pillows washed
        ("Jeg vil vaske mine dyner selv to gange om året", "toejvask"),
        ("mor vil gerne selv kunne vaske dynerne igen", "toejvask"),
        ("jeg kan ikke vaske mine hovedpuder i den lille maskine", "toejvask"),
    ],
)
def test_the_deed_names_the_activity(said, activity):
    assert analyze(said, TODAY).activity == activity


@pytest.mark.parametrize(
    ("said", "activity"),
    [
        # climbing the stairs stays the stairs
        ("jeg vil gerne kunne gaa paa trappen igen", "trapper"),
        ("mor kan ikke komme op ad trapperne til sin lejlighed", "trapper"),
        # washing oneself stays washing
        ("jeg vil gerne kunne vaske mig selv igen", "vask_og_hygiejne"),
        # spots on the skin are no laundry
        ("jeg har pletter på huden og vil gerne smøre mig selv", "vask_og_hygiejne"),
    ],
)
def test_look_alikes_keep_their_reading(said, activity):
    assert analyze(said, TODAY).activity == activity
