"""A friend speaking (fix round 38, blind136 Mogens): "med støtte" after a posture ("skyde
siddende med støtte") is a rest, no helper, so how one will manage is still asked; a rifle rest
is an aid; "den holder geværet" is a pronoun, its verb and its object, no compound; a past
clause left out of a reason takes its lead "efter" along; an adjective said before a name out
of fondness or age ("min gamle ven Mogens") is no part of the name."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.dialogs.about import read_about
from assistant.nlp import analyze, get_analyzer
from assistant.nlp.compose import reason_first_person

TODAY = date(2026, 12, 5)
CONTENT = get_content("da")


# --- "med støtte" after a posture is a rest ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "han vil gerne skyde igen siddende med støtte som de andre gamle",
        "mor vil så gerne male igen stående med støtte ved staffeliet",
        "jeg vil kunne spille billard stående med støtte",
        "der er nogle af de gamle der skyder siddende med støtte og det vil han også",
    ],
)
def test_support_after_a_posture_is_no_helper(text):
    assert analyze(text, TODAY).independence != "med_hjaelp"


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne kunne rejse mig med støtte fra min datter",
        "hun vil gerne gå ned til stranden med støtte",
    ],
)
def test_support_said_otherwise_stays_help(text):
    assert analyze(text, TODAY).independence == "med_hjaelp"


@pytest.mark.parametrize(
    "text",
    [
        "med en skydestøtte som klubben har og en stol med armlæn",
        "han skal bruge skydestøtten i hallen for armen kan ikke holde geværet",
    ],
)
def test_a_rifle_rest_is_an_aid(text):
    facts = analyze(text, TODAY)
    assert "skydestøtte" in facts.aids
    assert facts.independence == "hjaelpemiddel"


@pytest.mark.parametrize(
    "text",
    [
        "med en skydestøtte den holder geværet",
        "ja og det vasker tøjet for mig",
    ],
)
def test_a_pronoun_its_verb_and_a_definite_object_are_no_compound(text):
    speller = get_analyzer().nlp.get_pipe("hm_spelling").speller
    words, joins = speller.fix_words(text.split())
    assert joins == [], ["".join(words[i : i + n]) for i, n in joins]


def test_a_bare_noun_and_a_definite_one_after_a_preposition_still_join():
    speller = get_analyzer().nlp.get_pipe("hm_spelling").speller
    words, joins = speller.fix_words(["vi", "går", "ud", "på", "hunde", "internatet"])
    assert ["".join(words[i : i + n]) for i, n in joins] == ["hundeinternatet"]


# --- a past clause left out takes its lead along ------------------------------------------------


@pytest.mark.parametrize(
    ("said", "reason"),
    [
        ("det er det eneste, han har at se frem til, efter Ragnhild kom på plejehjem",
         "det er det eneste, jeg har at se frem til"),
        ("Han siger, at det er det eneste, han har at se frem til, efter Ragnhild kom på "
         "plejehjem. Han savner drengene i klubben.",
         "det er det eneste, jeg har at se frem til"),
        ("hun har ikke andet at glæde sig til efter Bent flyttede på plejehjem",
         "andet at glæde mig til"),
    ],
)  # fmt: skip
def test_a_past_clause_left_out_takes_its_lead_along(said, reason):
    written = reason_first_person(said, CONTENT.goals, "relative")
    assert reason in written, written
    assert "efter," not in written
    assert not written.rstrip(",").endswith("efter")


@pytest.mark.parametrize(
    "said",
    [
        "så jeg kan gå ned i klubben efter jeg har spist",
        "fordi det er rart at have noget at se frem til efter en lang uge",
    ],
)
def test_a_clause_or_a_time_after_efter_about_now_stays(said):
    assert reason_first_person(said, CONTENT.goals).endswith(said.split("efter")[1])


# --- an adjective before a name is no part of it ----------------------------------------------


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("min gamle ven Mogens", "Mogens"),
        ("vores søde mor Inge", "Inge"),
        ("lille Karen", "Karen"),
        ("min gamle nabo kaj", "Kaj"),
        ("det er min kære moster Else", "Else"),
    ],
)
def test_an_adjective_before_the_name_is_left_out(answer, name):
    assert read_about(None, answer, CONTENT.dialogue)["name"] == name


def test_a_fond_adjective_keeps_the_mutual_role():
    about = read_about(None, "min gamle ven Mogens", CONTENT.dialogue)
    assert about["speaker"] == "ven"


def test_a_surname_with_a_capital_stays():
    assert read_about(None, "min far Holger Hansen", CONTENT.dialogue)["name"] == "Holger Hansen"
