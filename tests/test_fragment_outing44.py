"""Fix round 44 (blind148 Thorkild, typed in one-word fragments): a wish with no verb that names
an eating place and a meal is going there for the meal, a weekday typed before the meal joined
with it ("kro. søndag. middag." → "komme på kroen til søndagsmiddag", socialt_samvaer as the
goldens file a meal at a meeting place); a way typed around a verb of going and its place keeps
its distance, its way back and what it is done without ("gå. selv. kroen. 400. meter. hjem. igen.
ingen. fald." → "gå de 400 meter til kroen og hjem igen uden at falde"); aids typed as fragments
keep two parts of one thing ("rollator. lys. refleks.") and drop when ("morgen.").
Real analyzer, real engine and content."""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import answered_until, as_citizen, go

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.telegraph import listed_things

TODAY = date(2026, 12, 6)
G = get_content("da").goals.grammar


def _action(said: str) -> str | None:
    return (analyze(said, TODAY).extras or {}).get("action")


@pytest.mark.parametrize(
    ("said", "action"),
    [
        ("kro. søndag. middag. selv. igen.", "komme på kroen til søndagsmiddag igen"),
        ("Kro. Søndag. Middag. Selv.", "komme på kroen til søndagsmiddag"),
        ("øh kroen. frokost. igen", "komme på kroen til frokost igen"),
        ("cafeen. søndag. frokost.", "komme på cafeen til søndagsfrokost"),
        ("klubben. fredag. frokost.", "komme i klubben til fredagsfrokost"),
    ],
)
def test_an_eating_place_and_a_meal_are_going_there_for_it(said, action):
    assert _action(said) == action


@pytest.mark.parametrize(
    "said", ["kro. søndag. middag. selv. igen.", "klubben. fredag. frokost.", "kroen. frokost."]
)
def test_going_out_for_a_meal_is_being_with_others(said):
    assert analyze(said, TODAY).activity == "socialt_samvaer"


@pytest.mark.parametrize(
    ("said", "action"),
    [
        ("haven. middag.", "haven"),  # no eating place: as before
        ("kro. søndag.", None),  # no meal
        ("gå. kroen. igen", "gå til kroen igen"),  # a verb typed: the verb's phrase
    ],
)
def test_no_eating_place_or_no_meal_stays_as_before(said, action):
    assert _action(said) == action


@pytest.mark.parametrize(
    ("said", "action"),
    [
        (
            "gå. selv. kroen. 400. meter. hjem. igen. ingen. fald.",
            "gå de 400 meter til kroen og hjem igen uden at falde",
        ),
        ("gaa. brugsen. 300. meter. tilbage.", "gå de 300 meter til Brugsen og tilbage"),
        ("gå. tre. kilometer. skoven.", "gå de tre kilometer til skoven"),
        ("gå. kroen. ingen. fald.", "gå til kroen uden at falde"),
    ],
)
def test_a_way_typed_in_fragments_keeps_its_distance_and_way_back(said, action):
    assert _action(said) == action


def test_the_distance_is_a_measure_of_the_sign():
    facts = analyze("gå. selv. kroen. 400. meter. hjem. igen. ingen. fald.", TODAY)
    assert [(m.value, m.unit) for m in facts.measures] == [(400, "meter")]


@pytest.mark.parametrize(
    ("said", "action"),
    [
        ("gå. parken.", "gå til parken"),  # nothing more typed
        ("hente. avisen. 10. minutter", "hente avisen"),  # no verb of going
        ("jeg vil gerne gå til kroen og hjem igen", "gå til kroen og hjem igen"),  # a sentence
    ],
)
def test_other_fragments_and_sentences_stay_as_before(said, action):
    assert _action(said) == action


@pytest.mark.parametrize(
    ("said", "things"),
    [
        (
            "rollator. lys. refleks. støttestrømper.",
            ["en rollator med lys og refleks", "støttestrømper"],
        ),
        ("rollator. sæde. kurv. stok.", ["en rollator med sæde og kurv", "en stok"]),
        ("stok. strømper.", ["en stok", "strømper"]),  # a plural typed without its æøå lemma
        ("rollator. kurv. stok", ["en rollator med kurv", "en stok"]),  # as before
        ("kost. langt skaft. fejeblad.", ["en kost med langt skaft", "et fejeblad"]),
    ],
)
def test_parts_typed_after_their_thing(said, things):
    assert listed_things(said, G) == things


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        (
            "rollator. lys. refleks. støttestrømper. morgen.",
            "med en rollator med lys og refleks og støttestrømper",
        ),
        ("rollator. stok. aften.", "med en rollator og en stok"),
    ],
)
def test_when_typed_among_the_aids_is_no_thing(said, phrase):
    turn = go(
        answered_until(as_citizen(), {"wish": "kro. søndag. middag. selv. igen."}, "independence"),
        said,
    )
    assert turn.state.slots.get("aid_said") == phrase
    assert not {"morgen", "aften"} & set(str(turn.state.slots.get("aid_said")).split())
