"""Round 35 (blind 131: Inger, Ella, Anker): a bare adjective before a definite noun the
recogniser split from it ("tage lokal toget": lokaltoget); a kin compound said apart ("min søster
datter Hanne": a niece, "min tvilling bror") and a godchild, each their own person; a compound or
a known form typed with plain o for its ø ("smorekniv", "rullepolse", "smorrebroddet"); a person
word said alone beside a name in a telegraphic wish ("ringe. Ejnar. bror. tvilling.": "ringe til
min tvillingebror Ejnar"), and a plural said alone as a thing takes no article ("billeder")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.telegraph import listed_things
from tests.test_spelling import spelled

TODAY = date(2026, 12, 5)
G = get_content("da").goals.grammar


def _lower(text: str) -> list[str]:
    return [w.lower() for w in spelled(text)]


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("altså jeg vil tage lokal toget til Roskilde igen", "lokaltoget"),
        ("mor vil selv lave rød kålen til juleaften", "rødkålen"),
        ("far vil spise kold skålen om sommeren ikk", "koldskålen"),
        ("min mor vil selv koge hvid kålen til sylten", "hvidkålen"),
        ("jeg vil hente sød mælken i Brugsen selv", "sødmælken"),
        ("far vil gerne lave grøn kålen selv til jul", "grønkålen"),
    ],
)
def test_a_bare_adjective_split_from_a_definite_noun_is_joined(said, joined):
    assert joined in _lower(said)


@pytest.mark.parametrize(
    ("said", "apart"),
    [
        ("jeg har fri dagen efter", ["fri", "dagen"]),
        ("den er god maden", ["god", "maden"]),
        ("maden er kold nu", ["kold"]),
        ("efter de tog bussen er jeg blevet ensom", ["tog", "bussen"]),
        ("min mand tog bussen til byen", ["tog", "bussen"]),
    ],
)
def test_an_adjective_and_a_noun_that_make_no_compound_stay_apart(said, apart):
    words = _lower(said)
    assert all(w in words for w in apart), words


@pytest.mark.parametrize(
    ("typed", "restored"),
    [
        ("jeg vil selv smore med en smorekniv igen", "smørekniv"),
        ("min mand vil selv lave rullepolse til jul", "rullepølse"),
        ("hun vil selv skaere leverpolse til madpakken", "leverpølse"),
        ("jeg vil gerne smore smorrebroddet selv igen", "smørrebrødet"),
        ("mor vil selv lave smorrebrodet til julefrokosten", "smørrebrødet"),
    ],
)
def test_a_word_typed_with_a_plain_o_for_its_oe_is_restored(typed, restored):
    assert restored in _lower(typed)


@pytest.mark.parametrize(
    ("said", "person", "not_people"),
    [
        ("min søster datter Hanne henter mig på stationen", "niece", ["datter", "søster"]),
        ("øh min bror datter kører mig til lægen ikk", "niece", ["datter", "bror"]),
        ("hendes søster søn Jonas hjælper hende med indkøb", "nevø", ["søn", "søster"]),
        ("min brorsøn hjaelper mig med at handle", "nevø", ["søn", "bror"]),
        ("min guddatter Lise koerer mig til klubben", "guddatter", ["datter"]),
        ("min gudsøn hjælper mig med haven", "gudsøn", ["søn"]),
    ],
)
def test_a_kin_compound_said_apart_or_a_godchild_is_their_own_person(said, person, not_people):
    people = analyze(said, TODAY).people
    assert person in people
    assert not set(not_people) & set(people), people


@pytest.mark.parametrize(
    ("said", "action"),
    [
        ("ringe. Ejnar. bror. tvilling.", "ringe til min tvillingebror Ejnar"),
        ("besøge. søster. Ellen.", "besøge min søster Ellen"),
        ("ringe. Karen. datter.", "ringe til min datter Karen"),
        ("ringe. Edith.", "ringe til Edith"),
    ],
)
def test_a_person_word_said_alone_beside_a_name_is_the_names_kin(said, action):
    assert analyze(said, TODAY).extras["action"] == action


@pytest.mark.parametrize(
    ("said", "things"),
    [
        ("telefon. billeder. store knapper.", ["en telefon", "billeder", "store knapper"]),
        ("lup. lamper.", ["en lup", "lamper"]),
        ("tablet. holder. stor grøn knap.", ["en tablet", "en holder", "en stor grøn knap"]),
    ],
)
def test_a_plural_listed_alone_takes_no_article(said, things):
    assert listed_things(said, G) == things


BREAD = "jeg vil gerne selv smore smorrebrod igen"
KNIT = "min mor vil gerne kunne strikke igen"


@pytest.mark.parametrize(
    ("wish", "said", "phrase"),
    [
        (
            BREAD,
            "med en smorekniv med tykt greb som ergoterapeuten har vist mig, og en hoej stol ved "
            "koekkenbordet saa jeg kan sidde ned",
            "med en smørekniv med tykt greb og en høj stol ved køkkenbordet",
        ),
        (
            KNIT,
            "med en lup som min datter har købt, og en god lampe ved stolen",
            "med en lup og en god lampe ved stolen",
        ),
    ],
)
def test_a_second_aid_after_a_relative_clause_of_the_first_is_still_named(
    content, wish, said, phrase
):
    from test_engine_hedge import at_step, go, text  # noqa: PLC0415

    turn = go(at_step(content, wish, "independence"), content, text(said))
    assert turn.state["slots"]["aid_said"] == phrase


def test_the_first_thing_of_a_listed_aid_phrase_is_the_aid(content):
    from assistant.dialogs.draft import said_thing  # noqa: PLC0415

    assert said_thing("med en telefon, billeder og store knapper", content) == "telefon"
    assert said_thing("med en høj, bred stol", content) == "stol"
