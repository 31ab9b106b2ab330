"""Small animals kept at home looked after ("passe mine to kaniner igen", "passer sine marsvin")
are the pastime (fritid), as hens and bees are; names set beside them ("…, Trofast og
Snehvide, muge ud i buret og give dem vand") do not end the wish's list of tasks (round 34,
r127x)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne selv kunne passe mine to kaniner igen",
        "far vil gerne passe sine to marsvin selv igen",
        "mor vil så gerne kunne passe kaninen igen uden hjælp",
        "hun passer sine tre kaniner hver dag men det er svært med stokken",
    ],
)
def test_looking_after_small_pets_is_a_pastime(text):
    assert analyze(text, TODAY).activity == "fritid"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "jeg vil gerne selv kunne passe mine to kaniner igen, Trofast og Snehvide, muge ud i "
            "kaninburet og give dem friskt ho og vand",
            "muge ud i kaninburet og give dem friskt hø og vand",
        ),
        (
            "far vil gerne selv passe sin hund igen, Bølle, gå tur med ham og børste ham",
            "gå tur med ham og børste ham",
        ),
        (
            "jeg vil gerne passe mine høns igen, Hilda og Berta, samle æggene og fodre dem",
            "samle æggene og fodre dem",
        ),
    ],
)
def test_names_beside_the_animals_do_not_end_the_list_of_tasks(text, kept):
    action = analyze(text, TODAY).extras["action"] or ""
    assert action.endswith(kept), action
