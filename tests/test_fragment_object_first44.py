"""Fix round 44 (blind147 Jens "vafler. bage. selv. igen."): a wish typed as one-word fragments
with its object BEFORE the verb is still one verb phrase: a count noun's plural the lemma table
lacks is read by the noun table's syncope class ("vafler" of "vaffel"), a count noun that only
looks like an infinitive is a noun ("kage", "lampe"), and "igen" typed alone goes right after
the phrase ("bage vafler igen"). Aids typed as fragments: an adjective alone between a thing and
a part of shape (fragment_part_adjectives) is the part's ("piskeris. tykt. greb." → "et piskeris
med tykt greb"), one that cannot agree with the noun before it goes with the noun after it ("høj.
stol."), and a giver typed anywhere ("… greb. ergo. høj. stol.") is no thing.
Real analyzer, real engine and content."""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import answered_until, as_citizen, go

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.syncope_plural import syncope_singular
from assistant.nlp.telegraph import described_thing, listed_things

TODAY = date(2026, 12, 6)
G = get_content("da").goals.grammar


def _action(said: str) -> str | None:
    return (analyze(said, TODAY).extras or {}).get("action")


@pytest.mark.parametrize(
    ("plural", "single"),
    [("vafler", "vaffel"), ("gafler", "gaffel"), ("skamler", "skammel"), ("pensler", "pensel")],
)
def test_a_syncope_plural_is_read_back_to_its_singular(plural, single):
    assert syncope_singular(plural, G) == single


@pytest.mark.parametrize("word", ["kager", "nøgler", "søstre", "ter", "tønder", "vaffel"])
def test_other_words_are_no_syncope_plural(word):
    assert syncope_singular(word, G) is None


@pytest.mark.parametrize(
    ("said", "action"),
    [
        ("vafler. bage. selv. igen.", "bage vafler igen"),
        ("øh vafler. bage. selv. igen", "bage vafler igen"),
        ("vafler. bage.", "bage vafler"),
        ("pandekager. bage. selv", "bage pandekager"),
        ("kage. bage. selv. igen.", "bage kage igen"),
        ("lagkage. bage. igen", "bage lagkage igen"),
        ("kaffe. lave. selv.", "lave kaffe"),
        ("pensler. vaske. selv", "vaske pensler"),
        ("vafler. spise. igen", "spise vafler igen"),
        ("igen. gulv. vaske", "vaske gulvet igen"),
    ],
)
def test_an_object_typed_before_its_verb_makes_one_phrase(said, action):
    assert _action(said) == action


@pytest.mark.parametrize(
    ("said", "action"),
    [
        ("jeg vil gerne bage vafler igen", "bage vafler igen"),  # a sentence: as before
        ("bage vafler selv igen", "bage vafler selv igen"),
        ("bage vafler. selv.", "bage vafler"),  # the verb first, no "igen": as before
        ("kaffe. kage.", "kaffe og kage"),  # no verb typed: a list of things
        ("malke. hø. stald ren. selv.", "malke"),  # "hø" looks like a verb and has no plural
    ],
)
def test_sentences_and_other_fragments_stay_as_before(said, action):
    assert _action(said) == action


@pytest.mark.parametrize(
    ("said", "things"),
    [
        ("piskeris. tykt. greb. rollator.", ["et piskeris med tykt greb", "en rollator"]),
        ("kost. langt. skaft. fejeblad.", ["en kost med langt skaft", "et fejeblad"]),
        ("hoej. stol. rollator.", ["en høj stol", "en rollator"]),
        (
            "vaffeljern. nyt. let. piskeris. tykt. greb. høj. stol.",
            ["et nyt let vaffeljern", "et piskeris med tykt greb", "en høj stol"],
        ),
    ],
)
def test_an_adjective_typed_alone_goes_with_the_noun_it_describes(said, things):
    assert listed_things(said, G) == things


@pytest.mark.parametrize(
    ("said", "things"),
    [
        # no shape of a part ("let"): the thing's, before it, as before
        ("rollator. let. sæde. stok.", ["en let rollator med sæde", "en stok"]),
        ("rollator. sæde. kort stang. let.", ["en rollator med sæde", "en kort let stang"]),
        ("skammel. stol. hoej.", ["en skammel", "en høj stol"]),
        ("rollator. ny. stok.", ["en ny rollator", "en stok"]),
        ("taburet. høj. stol.", ["en høj taburet", "en stol"]),  # agrees with the one before
    ],
)
def test_an_adjective_that_fits_the_thing_before_stays_with_it(said, things):
    assert listed_things(said, G) == things


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("høj. stol.", "en høj stol"),
        ("lang. skohorn", "et langt skohorn"),
        ("Stol. Høj.", "en høj stol"),
    ],
)
def test_a_thing_and_its_quality_in_either_order(said, phrase):
    assert described_thing(said, G) == phrase


def _aids(wish: str, said: str):
    turn = go(answered_until(as_citizen(), {"wish": wish}, "independence"), said)
    return turn.state.slots


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        (
            "vaffeljern. nyt. let. piskeris. tykt. greb. ergo. høj. stol.",
            "med et nyt let vaffeljern, et piskeris med tykt greb og en høj stol",
        ),
        ("piskeris. tykt. greb. ergo.", "med et piskeris med tykt greb"),
        (
            "kost. langt. skaft. fejeblad. fysioterapeut.",
            "med en kost med langt skaft og et fejeblad",
        ),
        ("høj. stol.", "med en høj stol"),
    ],
)
def test_aids_typed_as_fragments_are_named_whole(said, phrase):
    slots = _aids("vafler. bage. selv. igen.", said)
    assert slots.get("independence") == "hjaelpemiddel"
    assert slots.get("aid_said") == phrase
    assert "tykt" not in (slots.get("aids") or [])
    assert "greb" not in (slots.get("aids") or [])  # the whisk's grip, no aid of its own
