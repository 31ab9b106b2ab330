"""Fix round 40 (blind141 Asta): things typed as fragments with a lone adjective after a thing
("raflebæger. stort.") name one thing with its quality ("et stort raflebæger"), a lone material
("gummi.") no thing of its own; a game's company joined by "og" ("spille yatzy og damerne") is
said with "med"."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.second_language import company_after_thing
from assistant.nlp.telegraph import listed_things


def _g():
    return get_content("da").goals.grammar


@pytest.mark.parametrize(
    ("told", "things"),
    [
        ("raflebæger. stort. gummi. blok. store tal. lup.",
         ["et stort raflebæger", "en blok", "store tal", "en lup"]),
        ("stok. lang. træ. lup.", ["en lang stok", "en lup"]),
        ("kop. let. plastik. sugerør.", ["en let kop", "et sugerør"]),
        ("tavle. stor. lup.", ["en stor tavle", "en lup"]),
    ],
)  # fmt: skip
def test_a_lone_adjective_or_material_goes_with_the_thing_before(told, things):
    assert listed_things(told, _g()) == things


@pytest.mark.parametrize(
    ("told", "things"),
    [
        ("tablet. holder. stor grøn knap.", ["en tablet", "en holder", "en stor grøn knap"]),
        ("blok. store kort.", ["en blok", "store kort"]),
        ("gummi. lup.", ["et gummi", "en lup"]),
    ],
)  # fmt: skip
def test_things_typed_with_their_own_adjectives_stay(told, things):
    assert listed_things(told, _g()) == things


@pytest.mark.parametrize(
    ("phrase", "written"),
    [
        ("spille yatzy og damerne hver tirsdag", "spille yatzy med damerne hver tirsdag"),
        ("spille kort og vennerne", "spille kort med vennerne"),
        ("danse linedance og pigerne fra klubben", "danse linedance med pigerne fra klubben"),
        ("synge salmer og naboerne", "synge salmer med naboerne"),
    ],
)
def test_a_games_company_joined_by_og_takes_med(phrase, written):
    assert " ".join(company_after_thing(phrase.split(), _g())) == written


@pytest.mark.parametrize(
    "phrase",
    [
        "spille kort og banko",
        "besøge min søster og børnene",
        "spille kort og børnene spiller bold",
        "spille min søster og børnene",
    ],
)
def test_other_joins_stay_as_said(phrase):
    assert " ".join(company_after_thing(phrase.split(), _g())) == phrase
