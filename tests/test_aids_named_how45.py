"""Fix round 45 (blind151 Ruta and Inge): an answer to how that names things one has, got or
can use is done with an aid (hjaelpemiddel) with those things, also when the reading left the
level unsaid ("jeg har fået nogle dansesko med glat sål så foden kan dreje og en stok …");
"skøjtestøtte" (a support compound said as used) and "hjelm" are aids. A second-language "nu"
set off by commas and the spoken tag "ved du" stay out of the reason. Counter-examples stay."""

from __future__ import annotations

import pytest
from compose_support import SINGING, goal_of
from engine_support import answered_until, as_citizen
from engine_support import go as answer

SKATE = {
    "wish": "jeg vil gerne løbe på skøjter med mine børnebørn igen",
    "measure": "tre runder rundt på banen",
    "frequency": "hver søndag",
    "deadline": "til påske",
}


def _slots(said: str) -> dict:
    return answer(answered_until(as_citizen(), SKATE, "independence"), said).state.slots


@pytest.mark.parametrize(
    ("said", "aids"),
    [
        ("Fysioterapeut siger, jeg kan bruge skøjtestøtte, sådan stativ man skubber foran sig. "
         "Og jeg har knæskinne og hjelm.", ["skøjtestøtte", "knæskinne", "hjelm"]),
        ("jeg har fået nogle dansesko med glat sål så foden kan dreje og en stok til at gå fra "
         "bilen og ind", ["stok"]),
        ("øh jeg har faaet en stok til at gaa fra bilen og ind og så sætter de en stol til mig",
         ["stok"]),
        ("min datter har købt en hjelm til mig, og så bruger jeg knæskinnen", ["hjelm"]),
    ],
)  # fmt: skip
def test_things_named_in_the_answer_to_how_are_the_aids(said, aids):
    slots = _slots(said)
    assert slots.get("independence") == "hjaelpemiddel", slots
    assert all(a in slots.get("aids", []) for a in aids), slots


@pytest.mark.parametrize(
    ("said", "level"),
    [
        ("helt selv", "selv"),
        ("med hjælp fra min datter", "med_hjaelp"),
    ],
)
def test_counter_examples_keep_their_level(said, level):
    assert _slots(said).get("independence") == level


@pytest.mark.parametrize(
    ("told", "kept", "gone"),
    [
        ("det er min glæde fra barndom, nu, og børnene griner, når mormor løber baglæns",
         "barndommen, og børnene griner", "nu"),
        ("jeg savner koret, nu, og vennerne der", "jeg savner koret, og vennerne", "nu"),
        ("det er der vi mødte hinanden ved du til et bal i forsamlingshuset",
         "mødte hinanden til et bal", "ved du"),
        ("jeg elsker musikken ved du og at se folk", "jeg elsker musikken og", "ved du"),
    ],
)  # fmt: skip
def test_a_lone_nu_and_the_tag_ved_du_stay_out_of_the_reason(told, kept, gone):
    goal = goal_of(SINGING, motivation=told)
    assert kept in goal, goal
    assert f" {gone} " not in goal.replace(",", " ").replace(".", " "), goal


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        ("jeg er glad, nu, hvor jeg kan gå igen", "nu, hvor jeg kan gå igen"),
        ("jeg glæder mig, for nu kan jeg synge med igen", "nu kan jeg synge"),
        ("det ved du godt, jeg elsker at synge", "det ved du godt"),
        ("jeg har altid sunget, det er mit liv", "det er mit liv"),
        # a plain "nu" opening the next clause (the lead's merge fix: an empty mark counted as
        # a sentence end, so ", nu sidder jeg alene" lost its "nu")
        ("jeg savner koret, nu sidder jeg bare alene", "koret, nu sidder jeg"),
    ],
)
def test_counter_examples_keep_nu_and_ved_du(told, kept):
    goal = goal_of(SINGING, motivation=told)
    assert kept in goal, goal


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("jeg har fået nogle dansesko med glat sål så foden kan dreje",
         "nogle dansesko med glat sål"),
        ("jeg har fået en telefon med store taster", "en telefon med store taster"),
        ("øh jeg har faaet en lommelygte med store knapper og en stok",
         "en lommelygte med store knapper"),
        # counter-examples: a thing said bare after "med" stays as it was
        ("hun har skaffet mig et skærebræt med pigge så jeg kan smøre", "et skærebræt med pigge"),
    ],
)  # fmt: skip
def test_a_things_feature_keeps_its_noun_after_the_adjective(said, phrase):
    slots = _slots(said)
    assert phrase in str(slots.get("aid_said")), slots
    assert not str(slots.get("aid_said")).endswith((" glat", " store")), slots
