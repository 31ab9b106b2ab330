"""A thing someone has found, bought or lent for one, told after a no at the aid question, is the
means of the goal (fix round 41, blind142 Jørn: "Nej, ikke den armslynge igen, …. Men
ergoterapeuten har fundet en bryggegryde med tappehane, …, og en rullevogn til spandene" was
read as selv, both things lost); the sub-goals of a wish the activity's ladder does not know
are its own, not the ladder's ("løfte gryden" added to the sign names no meal cooked)."""

from __future__ import annotations

from datetime import date

import pytest
from test_aid_bought_after39 import aid_answer
from test_engine import TODAY

from assistant.content import get_content
from assistant.nlp import analyze
from assistant.nlp.subgoals import suggest_subgoals

CONTENT = get_content("da")


@pytest.mark.parametrize(
    ("wish", "said", "thing"),
    [
        ("jeg vil selv kunne lave min egen saft igen",
         "Nej, ikke den skinne, den hader jeg. Men ergoterapeuten har fundet en saftkoger med "
         "hane, så jeg ikke skal hælde", "saftkoger"),
        ("jeg vil selv passe mine tomater i drivhuset",
         "nej nej. min svigersøn har lavet mig en bænk med hjul så jeg kan sidde", "bænk"),
        ("jeg vil selv kunne bage boller igen",
         "nej tak, men min datter har købt en taburet til mig så jeg kan sidde ved bordet",
         "taburet"),
        ("hun vil selv vaske sit tøj igen",
         "nej ikke noget hjælpemiddel. men sønnen har fundet en kurv med hjul til hende",
         "kurv"),
    ],
)  # fmt: skip
def test_a_thing_found_for_one_after_a_no_is_the_means(wish, said, thing):
    turn = aid_answer(wish, said)
    slots = turn.state.slots
    assert slots["independence"] == "hjaelpemiddel"
    assert thing in str(slots.get("aid_said") or "") + " ".join(slots.get("aids") or [])


def test_a_trolley_found_beside_a_pot_is_named_too():
    said = ("Nej, ikke den armslynge igen, den gør bare skulderen stiv. Men fysioterapeuten "
            "har fundet en stor gryde med hane, så jeg ikke skal løfte, og en rullevogn til "
            "spandene.")  # fmt: skip
    slots = aid_answer("jeg vil selv lave min egen suppe igen", said).state.slots
    assert slots["independence"] == "hjaelpemiddel"
    assert slots["aid_said"] == "med en stor gryde med hane og en rullevogn"
    assert "armslynge" not in (slots.get("aids") or [])


@pytest.mark.parametrize(
    "said",
    [
        "nej, men min søn har fundet en ny lejlighed til mig",  # a home, no tool
        "nej, jeg har ikke fået en rollator endnu",  # negated: nothing got
        "nej, ergoterapeuten har fundet ud af at jeg skal sidde ned",  # found out, no thing
        "nej, jeg har fundet min gamle gryde frem men det går ikke",  # one's own, taken out
    ],
)
def test_no_thing_found_for_one_keeps_selv(said):
    slots = aid_answer("jeg vil selv kunne lave mad igen", said).state.slots
    assert slots["independence"] == "selv"
    assert not slots.get("aid_said")


@pytest.mark.parametrize("said", ["en rullevogn til spandene", "på serveringsvognen"])
def test_a_trolley_is_an_aid(said):
    assert analyze(f"jeg bruger {said}", TODAY).aids


def _steps(own: str, criterion: str, activity: str = "madlavning") -> list[str]:
    goal = {"activity": activity, "own_action": own, "criterion": criterion,
            "deadline": "2027-03-01", "current_level": 2, "measures": []}  # fmt: skip
    return [s["text"] for s in suggest_subgoals(goal, CONTENT.goals, date(2026, 12, 6))]


def test_a_thing_added_to_the_sign_names_no_ladder():
    steps = _steps(
        "brygge min egen øl igen ude i garagen",
        "brygge en hel portion, fra jeg mæsker, uden at nogen skal løfte gryden for mig",
    )
    assert not any("lave mad" in s for s in steps)
    assert all("brygge" in s for s in steps)


def test_the_signs_own_deed_still_picks_the_ladder():
    # "lære at lave noget simpelt" with the sign "lave en varm ret, …": cooking after all
    steps = _steps("lære at lave noget simpelt", "lave en varm ret, uden at brænde mig")
    assert any("lave mad" in s or "måltid" in s for s in steps)
