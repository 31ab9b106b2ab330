"""A thing of a place or vehicle is no aid of the citizen's ("bussens rampe", "en indkøbsvogn
fra Netto", "indkøbsvognen" in a sentence about the shop), and an aid refused right before it
by anyone ("hun vil ikke bruge nødkaldet") is named but no means (round 33)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "aids"),
    [
        ("far vil gerne selv køre ind i bussen i kørestolen men han er bange for bussens rampe",
         ["kørestol"]),
        ("mor går rundt i Bilka og holder fast i en indkøbsvogn fra butikken, hun vil hellere "
         "have en rollator", ["rollator"]),
        ("han tør ikke køre op ad rampen på toget med sin el-scooter", ["el-scooter"]),
        ("hun handler i Netto og støtter sig til indkøbsvognen hele vejen rundt", []),
        ("vi skal bruge liften i svømmehallen for at komme i vandet", []),
    ],
)  # fmt: skip
def test_a_thing_of_a_place_or_vehicle_is_no_aid(text, aids):
    assert list(analyze(text, TODAY).aids) == aids


@pytest.mark.parametrize(
    ("text", "aids"),
    [
        ("han vil gerne selv handle i Netto igen med sin indkøbsvogn", ["indkøbsvogn"]),
        ("hun vil gerne gå til brugsen selv med indkøbsvognen", ["indkøbsvogn"]),
        ("han kan ikke komme op ad rampen til hoveddøren i sin kørestol", ["rampe", "kørestol"]),
        ("vi har fået en rampe fra kommunen så far selv kan komme ud i haven i kørestolen",
         ["rampe", "kørestol"]),
    ],
)  # fmt: skip
def test_ones_own_trolley_or_ramp_at_home_is_an_aid(text, aids):
    assert list(analyze(text, TODAY).aids) == aids


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("hun vil ikke bruge nødkaldet, hun siger hun klarer sig", "nødkald"),
        ("min far gider ikke gå med stokken i byen", "stok"),
        ("svigermor vil ikke have rollatoren med til banko", "rollator"),
    ],
)
def test_an_aid_refused_right_before_it_is_named_but_no_means(text, aid):
    facts = analyze(text, TODAY)
    assert list(facts.aids) == [aid]
    assert facts.independence != "hjaelpemiddel"


def test_an_aid_taken_along_in_a_wish_is_the_means():
    assert analyze("mor vil gerne tage rollatoren med til banko", TODAY).independence == (
        "hjaelpemiddel"
    )
