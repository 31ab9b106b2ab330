"""Typos of people and aids, and a complaint in a reason (fix round 37, f37d; blind133 Dorthe).

A person word after an owner (maybe past "bedste", "gamle") typed with one letter left out is
the person word ("mine bedste venider": veninder); a compound typed with a plain letter for ø
keeps its ending when its last part is restored ("foldekorestolen": foldekørestolen); a
compound of "kørestol" the lexicon does not list is an aid of its own ("foldekørestol"), a
listed one keeps its listed name ("elkørestol": kørestol); a clause joined to a reason that only
says the speaker gets angry at someone ("og bliver sur på svend") is no reason.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.reason import reason_parts

G = get_content("da").goals.grammar
TODAY = date(2026, 12, 5)


def _spelled(text: str) -> str:
    return str(analyze(text, TODAY).extras.get("spelled"))


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("de er mine bedste venider og vi griner sammen", "mine bedste veninder"),
        ("jeg savner mine venider fra kontoret", "mine veninder"),
        ("min gamle venide kommer om fredagen", "min gamle veninde"),
        ("jeg vil ud med min svigerdater", "min svigerdatter"),
        ("med min stok og foldekorestolen, saa kan jeg sidde", "foldekørestolen"),
        ("jeg kører i min foldekorestol", "min foldekørestol"),
    ],
)
def test_a_person_word_or_a_compound_typed_with_a_slip_is_mended(typed, written):
    assert written in _spelled(typed)


@pytest.mark.parametrize(
    "typed",
    ["jeg vil spise min mad selv", "mine bøger er på spansk", "min gamle bil kører ikke"],
)
def test_a_known_word_after_an_owner_stays(typed):
    assert _spelled(typed) == typed


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("med min stok og foldekørestolen", "foldekørestol"),
        ("jeg har fået en transportkørestol fra kommunen", "transportkørestol"),
        ("jeg sidder i elkørestol nu", "kørestol"),
        ("jeg kører i min kørestol", "kørestol"),
    ],
)
def test_an_unlisted_compound_of_a_wheelchair_is_named_whole(said, aid):
    assert aid in analyze(said, TODAY).aids


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        (
            "jeg sidder for meget der hjemme og bliver sur paa svend",
            "jeg sidder for meget der hjemme",
        ),
        ("jeg keder mig og jeg bliver vred på min mand.", "jeg keder mig"),
        ("jeg går rundt derhjemme og er irriteret over naboen", "jeg går rundt derhjemme"),
    ],
)
def test_a_complaint_about_someone_is_left_out_of_the_reason(told, kept):
    assert reason_parts(told, G, "citizen") == ("because", kept)


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        ("jeg glemmer det hele og bliver sur på mig selv", "sur på mig selv"),
        ("jeg sidder alene og bliver glad når de kommer", "bliver glad"),
    ],
)
def test_anger_at_oneself_or_a_feeling_of_no_one_stays(told, kept):
    assert kept in reason_parts(told, G, "citizen")[1]


@pytest.mark.parametrize(
    "told",
    [
        "jeg er den der altid melder afbud og jeg er træt af det",
        "jeg sidder bare og venter og bliver træt af at vente",
    ],
)
def test_tiredness_of_a_thing_is_no_complaint_about_someone(told):
    assert "træt af" in reason_parts(told, G, "citizen")[1]
