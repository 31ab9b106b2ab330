"""Speech read as meant (fix round 38, blind136 Willy): the spoken tag "ikk" before a compound
said apart ("ikk høre apparatet") is no negation; a filler after a thing and its time of day
opens an apposition whose things are a written list; the things one looks for ("finde
brillerne", "leder efter høreapparatet") are no aids; a key finder said apart ("nøgle finder")
is one aid, and the dementia coordinator said apart ("demens koordinatoren tina") a
professional, the name after the role written with its capital."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze, get_analyzer
from assistant.nlp.compose import compose
from assistant.nlp.grammar import polish
from assistant.nlp.signs import spoken_appositions

TODAY = date(2026, 12, 5)
GOALS = get_content("da").goals
G = GOALS.grammar


def _spelled(text: str) -> list[str]:
    """The words as the spelling step writes them, before its joins."""
    speller = get_analyzer().nlp.get_pipe("hm_spelling").speller
    return speller.fix_words(text.split())[0]


# --- the spoken tag "ikk" before a compound said apart --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne selv kunne finde mine ting om morgenen ikk høre apparatet og brillerne",
        "min far glemmer sine ting ik høre apparaterne og stokken",
        "vi fik noget fra kommunen ikk gå stativet til køkkenet",
        "hun har fået en ny ting ik høre forstærkeren til fjernsynet",
    ],
)
def test_a_tag_before_a_definite_compound_said_apart_stays_a_tag(text):
    words = _spelled(text)
    assert "ikke" not in words, words


@pytest.mark.parametrize(
    ("text", "negation"),
    [
        ("min mand ikk høre radio om aftenen", 2),  # no compound: "ikke høre radio"
        ("hun kan ik gå turen alene mere", 2),  # a verb before it negates
        ("og ik høre apparatet hele dagen", 1),  # a conjunction before it negates
    ],
)
def test_a_tag_before_a_verb_or_after_a_modal_stays_a_negation(text, negation):
    assert _spelled(text)[negation] == "ikke"


# --- an apposition after a thing and its time of day ----------------------------------------


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("finde mine ting om morgenen ikk høreapparatet brillerne og nøglerne",
         "finde mine ting om morgenen, høreapparatet, brillerne og nøglerne"),
        ("tage mine piller hver aften øh hjertepillerne og kalktabletterne",
         "tage mine piller hver aften, hjertepillerne og kalktabletterne"),
        ("pakke min taske om fredagen altså badetøjet håndklædet og shampooen",
         "pakke min taske om fredagen, badetøjet, håndklædet og shampooen"),
        ("hente mine ting øh syltetøjet og kartoflerne",
         "hente mine ting, syltetøjet og kartoflerne"),
    ],
)  # fmt: skip
def test_a_filler_after_a_thing_and_its_time_opens_a_listed_apposition(said, written):
    assert " ".join(spoken_appositions(said.split(), G)) == written


@pytest.mark.parametrize(
    "said",
    [
        "gå en tur om morgenen altså selv",  # no thing after the filler
        "drikke kaffe om morgenen øh sammen med naboen",  # no thing after the filler
    ],
)
def test_a_time_and_a_filler_without_things_after_stay(said):
    assert spoken_appositions(said.split(), G) == said.split()


def test_every_morning_said_in_place_keeps_the_apposition_comma():
    sentence = compose(
        {
            "activity": "hukommelse",
            "speaker": "citizen",
            "own_action": "finde mine ting om morgenen ikk høreapparatet brillerne og nøglerne",
            "frequency": {"times": 1, "per": "day", "every": 1},
            "frequency_said": "hver morgen",
            "deadline": None,
        },
        GOALS,
    )[0]
    assert "mine ting hver morgen, høreapparatet, brillerne og nøglerne" in sentence, sentence
    assert "ikk" not in sentence


def test_polish_drops_the_tag_and_writes_the_list():
    said = "Jeg vil finde mine ting hver morgen ikk høreapparatet brillerne og nøglerne, så"
    assert polish(said, G) == (
        "Jeg vil finde mine ting hver morgen, høreapparatet, brillerne og nøglerne, så"
    )


# --- the things one looks for are no aids ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "jeg kan ikke finde dem altså høre apparatet og brillerne og nøglerne",
        "min mor leder hele tiden efter sine briller og sit høreapparat",
        "hun finder aldrig sin stok om morgenen",
        "jeg vil gerne selv kunne finde mine briller og mit hoereapparat om morgenen",
        "han forlægger altid sine høreapparater og så bliver han sur",
        "far kigger efter brillerne hele formiddagen",
    ],
)
def test_an_aid_looked_for_is_no_aid(text):
    facts = analyze(text, TODAY)
    assert facts.aids == ()
    assert facts.independence != "hjaelpemiddel"


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("jeg vil gerne kunne finde vej til netto med min rollator", "rollator"),
        ("vi har søgt om en toilet forhøjer til mor", "toiletforhøjer"),  # applied for
        ("jeg kan ikke finde ud af at bruge høreapparatet", "høreapparat"),
        ("hun finder rollatoren frem og går en tur", "rollator"),  # taken out to use
        ("han finder nøglerne og så tager han stokken", "stok"),  # a new clause
    ],
)
def test_an_aid_used_beside_a_verb_of_finding_stays(text, aid):
    assert aid in analyze(text, TODAY).aids


# --- a key finder and a dementia coordinator said apart --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "demens koordinatoren har givet mig en nøgle finder som bipper når jeg trykker",
        "min far har faaet en nøgle finder af kommunen",
        "vi har købt en ting finder til mor så hun kan høre hvor tasken er",
    ],
)
def test_a_key_finder_said_apart_is_one_aid(text):
    aids = analyze(text, TODAY).aids
    assert "nøglefinder" in aids
    assert "finder" not in aids


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ja øh demens koordinatoren tina hun kommer hver anden uge og øver med mig", "Tina"),
        ("demenskoordinatoren birthe kommer om tirsdagen", "Birthe"),
    ],
)
def test_the_dementia_coordinator_is_a_professional_named_after_the_role(text, name):
    facts = analyze(text, TODAY)
    assert "demenskoordinator" in facts.people
    assert name in facts.extras["spelled"].split()
