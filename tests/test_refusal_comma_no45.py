"""Helpers turned down in every form, through the real engine's people question: a "nej" (or
"helst ikke") after the person with a comma or at the very end of the answer (people_roles: the
end of what was said is a mark), "ikke min datter, min nabo" (the second is the one meant),
"hellere Bente end min søn" (the one after "end" is refused, the name before it helps), and a
town after "bor i"/"fra" that is never a person (dialogs/people.is_place_name)."""

from __future__ import annotations

import pytest
from engine_support import answered_until, as_citizen
from engine_support import go as answer

WALK = {
    "everyday": "Jeg bor alene. Min veninde Lis og min nabo Karen kigger tit forbi.",
    "wish": "jeg vil gerne gå en tur ved stranden igen",
    "measure": "gå hele vejen selv",
    "frequency": "hver dag",
    "deadline": "om tre måneder",
    "independence": "med min rollator",
}


def _people(said: str, answers: dict | None = None) -> list[str]:
    turn = answer(answered_until(as_citizen(), answers or WALK, "people"), said)
    return list(turn.state.slots.get("people") or [])


@pytest.mark.parametrize(
    ("said", "kept", "refused"),
    [
        # a no after a comma, the answer ending there (speech writes no full stop)
        ("Min nabo Jens hjælper mig, min svigersøn, nej", "nabo", "svigersøn"),
        ("øh min datter kan godt køre mig. min svigersoen, nej", "datter", "svigersøn"),
        ("Naboen hjælper mig. Min søn nej", "nabo", "søn"),
        ("min bror kan hente mig, men min svigersøn nej han har ikke tid", "bror", "svigersøn"),
        # a no said twice
        ("min datter hjælper. min svigersøn, nej nej", "datter", "svigersøn"),
        ("naboen nej, nej. min søn hjælper", "søn", "nabo"),
        # a "rather not" after the person
        ("Min datter hjælper. Min svigersøn, helst ikke.", "datter", "svigersøn"),
        ("hjemmeplejen kan hjælpe, min søn nej helst ikke", "hjemmepleje", "søn"),
        (
            "min nabo kan gå med. min svigerdatter hellere ik, hun har så travlt",
            "nabo",
            "svigerdatter",
        ),
        # the second after a bare comma is the one meant
        ("ikke min datter, min nabo", "nabo", "datter"),
        ("ik datteren, naboen", "nabo", "datter"),
        ("nej ikke min søn, min svigerdatter kan køre mig", "svigerdatter", "søn"),
        # the one preferred and the one after "end"/"frem for"
        ("hellere min nabo end min søn", "nabo", "søn"),
        ("helst naboen frem for min datter", "nabo", "datter"),
    ],
)
def test_a_person_turned_down_is_no_helper(said, kept, refused):
    people = _people(said)
    assert kept in people and refused not in people, people


def test_a_name_preferred_to_the_one_refused_helps():
    people = _people("hellere Bente end min søn")
    assert people == ["Bente"], people


@pytest.mark.parametrize(
    "said",
    [
        "Lis kan ikke, hun bor i Odense.",
        "lis kan ikke hun bor i Odense",
    ],
)
def test_a_town_is_no_helper_nor_the_one_who_cannot(said):
    people = _people(said)
    assert "Odense" not in people and "veninde" not in people, people


def test_a_name_from_a_town_is_the_helper_not_the_town():
    people = _people("Karen fra Odense hjælper mig", {**WALK, "everyday": "Jeg bor alene."})
    assert people == ["Karen"], people


def test_a_name_told_earlier_after_the_one_ruled_out_helps():
    assert _people("ikke Lis, Karen") == ["nabo"]


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        # counter-examples: a yes, a limit on when, a list all ruled out, help from a name
        ("min datter, ja", ["datter"]),
        ("min datter, helst ikke om søndagen", ["datter"]),
        ("med hjælp fra Karen", ["nabo"]),
        ("min søn hjælper mig, han bor i Aarhus men kommer hver weekend", ["søn"]),
    ],
)
def test_no_refusal_where_none_is_said(said, kept):
    assert _people(said) == kept


def test_a_list_after_ikke_is_ruled_out_whole():
    people = _people("ikke min søn, min datter eller min nabo")
    assert not {"søn", "datter", "nabo"} & set(people), people
