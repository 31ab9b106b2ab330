"""A wish said as one thing one makes, or as a thing and its place, gets a verb of its class
(fix round 47, fD; blind154 Ingeborg "Smykker." had a goal invented from mood and energy,
blind155 Henny "Drivhuset. Tomater." became "komme i Drivhuset" with the tomatoes lost): a
thing of grammar made_things by the word or its compound's last part, or a material compound
of a plural ("lerkrukker"), is made ("lave smykker") and a pastime; a thing of noun_verbs and
a place typed apart are the thing's deed there ("dyrke tomater i drivhuset"); a place said
alone loses the answer's typed capital when it is a common noun, never a name's."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand
from engine_support import at_summary, card

from assistant.content import load_content
from assistant.nlp.thing_at_place import thing_done_at

TODAY = date(2026, 12, 6)


def _goal(answers: dict) -> str:
    """The goal sentence of the summary after these answers."""
    return at_summary(answers).prompt


@pytest.mark.parametrize(
    ("wish", "doing"),
    [
        ("Smykker.", "lave smykker"),
        ("smykker igen", "lave smykker"),
        ("øh perlesmykker. selv", "lave perlesmykker"),
        ("Trælegetøj.", "lave trælegetøj"),
        ("traelegetoej igen", "lave trælegetøj"),  # no æøå
        ("Fuglehuse.", "lave fuglehuse"),
        ("fuglekasser til haven", "lave fuglekasser til haven"),
        ("Lerkrukker.", "lave lerkrukker"),
        ("træskåle. igen.", "lave træskåle"),
        ("Sølvringe.", "lave sølvringe"),
        ("halskæder til børnebørnene", "lave halskæder til børnebørnene"),
        ("Lysestager. jul.", "lave lysestager"),
    ],
)  # fmt: skip
def test_a_thing_one_makes_said_alone_is_made(wish, doing):
    text = _goal({"wish": wish})
    assert doing in text, text
    assert "overskud" not in text and "have det godt" not in text, text


@pytest.mark.parametrize(
    ("wish", "activity"),
    [
        ("Smykker.", "fritid"),
        ("Trælegetøj.", "fritid"),  # "lege|tøj" is no clothing
        ("lerkrukker igen", "fritid"),
        ("Hønsene.", "fritid"),  # "fodre hønsene": a verb of pastime_verbs
        ("Salmer.", "fritid"),  # "synge", a pastime's own cue
        ("Tomater.", "fritid"),
    ],
)
def test_a_thing_said_alone_names_its_activity(wish, activity):
    assert understand(wish, TODAY).activity == activity


@pytest.mark.parametrize(
    ("wish", "activity"),
    [
        ("Træsko.", "paaklaedning"),  # worn: "tage … på", no material made into things
        ("Frikadeller.", "madlavning"),  # a dish of noun_verbs keeps its own cue
        ("Pebernødder.", "madlavning"),
        ("jeg vil gerne tage mine smykker på igen", "paaklaedning"),
    ],
)
def test_things_of_other_classes_keep_their_activity(wish, activity):
    assert understand(wish, TODAY).activity == activity


@pytest.mark.parametrize(
    ("wish", "doing"),
    [
        ("skoene. selv", "tage skoene på"),  # put on, as before
        ("Julehjerter.", "flette julehjerter"),  # a row of noun_verbs wins
        ("Kransekager.", "bage kransekager"),
        ("jeg vil gerne sy smykker om til mine børnebørn", "sy smykker om"),  # its own verb
        ("jeg vil gerne pudse mine smykker", "pudse mine smykker"),
    ],
)  # fmt: skip
def test_a_thing_with_its_own_verb_or_row_keeps_it(wish, doing):
    text = _goal({"activity": card("fritid"), "wish": wish})
    assert doing in text, text


@pytest.mark.parametrize(
    "word",
    ["smykkerne", "guldbryllup", "glasdørene", "træsko", "kort", "Søndermarken", "stolene"],
)
def test_words_of_no_made_class(word):
    """A definite, a thing of no class, a worn thing, a name: nothing made."""
    assert not load_content("da").goals.grammar.made_thing(word)


def test_a_possessive_thing_is_no_thing_made():
    """ "Mine smykker.": one's own, worn or kept, never "lave mine smykker"."""
    assert load_content("da").goals.grammar.noun_verb(["Mine", "smykker."]) is None


def test_a_measure_of_a_made_thing_takes_its_verb():
    """ "En halskæde.": "når jeg kan lave en halskæde", never glued onto another verb."""
    text = _goal({"wish": "Smykker.", "measure": "En halskæde."})
    assert "lave en halskæde" in text and "overskud" not in text, text


@pytest.mark.parametrize(
    ("wish", "doing"),
    [
        ("Drivhuset. Tomater.", "dyrke tomater i drivhuset"),
        ("tomater. drivhuset. igen", "dyrke tomater i drivhuset"),
        ("Kirken. Salmer.", "synge salmer i kirken"),
        ("vaerkstedet. fuglehuse", "lave fuglehuse på værkstedet"),  # no æøå
        ("Klubben. Skak.", "spille skak i klubben"),
        ("haven. blomsterne. selv", "vande blomsterne i haven"),
    ],
)  # fmt: skip
def test_a_thing_and_its_place_typed_apart_are_done_there(wish, doing):
    text = _goal({"wish": wish})
    assert doing in text, text
    assert "komme i" not in text, text


@pytest.mark.parametrize(
    "said",
    [
        "skoene. stuen",  # a thing put on: no "tage skoene på i stuen"
        "metaldetektor. marken",  # no row of noun_verbs: used there (thing_used_at)
        "kirken. biblioteket",  # two places
        "tomater. drivhuset. kartofler",  # three parts
        "dyrke tomater i drivhuset",  # said whole
    ],
)
def test_no_thing_done_at_a_place(said):
    assert thing_done_at(said, load_content("da").goals.grammar) is None


@pytest.mark.parametrize(
    ("wish", "place"),
    [
        ("Drivhuset.", "komme i drivhuset"),
        ("Svømmehallen igen.", "komme i svømmehallen"),
        ("Kirken.", "komme i kirken"),
    ],
)
def test_a_place_said_alone_loses_its_typed_capital(wish, place):
    text = _goal({"wish": wish})
    assert place in text, text


def test_a_place_name_keeps_its_capital():
    text = _goal({"wish": "Søndermarken."})
    assert "Søndermarken" in text, text
