"""Fix round 49 (fD), blind160 Kresten: a wish that names whom one goes with ("komme til
hjemmekampene igen sammen med mit barnebarn") reads help only from company
(nlp/company_help.py); the dialogue still asks how one will manage (dialogs/flow.told_company),
so the aids answer after it ("Jeg har min rollator …, og ergoterapeuten har skaffet mig en stok
med sæde") is heard: the aids are the way, the professional who provided one is no helper. A
"ved ikke" keeps the help, and the goal never says the helper the wish names twice ("sammen med
mit barnebarn … med hjælp fra mit barnebarn": nlp/helper_said.py). Through the real analyzer
and engine."""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import CONTENT, at_summary

from assistant.dialogs.draft import goal_fields
from assistant.nlp import analyze

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "text",
    [
        "øh jeg vil gerne til håndbold i hallen igen sammen med min søn",
        "jeg vil gerne i svoemmehallen igen sammen med mit barnebarn",
        "Jeg vil gerne spille petanque sammen med min nabo om onsdagen",
        "hun vil gerne komme i kirke igen sammen med sin datter",
    ],
)
def test_help_read_only_from_company_is_marked(text):
    facts = analyze(text, TODAY)
    assert facts.independence == "med_hjaelp"
    assert facts.extras["help_by_company"] is True


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne i svømmehallen igen med hjælp fra min datter",
        "jeg vil gerne handle igen, min søn hjælper mig med poserne",
        "jeg vil gerne i bad sammen med min datter, jeg kan ikke gøre det alene",
        "jeg vil gerne selv gå til banko",  # selv: no help at all
    ],
)
def test_help_said_as_help_is_not_company(text):
    assert not analyze(text, TODAY).extras["help_by_company"]


HANDBALL = "øh jeg vil gerne til håndbold i hallen igen sammen med min søn"
STADIUM = "Jeg vil gerne komme til fodboldkampene på stadion igen sammen med mit barnebarn."


@pytest.mark.parametrize(
    ("wish", "said", "aids"),
    [
        (
            STADIUM,
            "Jeg har min rollator til parkeringspladsen, og ergoterapeuten har skaffet mig en "
            "stok med sæde, så jeg kan sidde i køen. Og så har jeg en varm siddepude med.",
            ["rollator", "stok", "siddepude"],
        ),
        (HANDBALL, "ja altså rollatoren fra kommunen og en stok", ["rollator", "stok"]),
        (HANDBALL, "jeg har stok, ergoterapeut giver mig", ["stok"]),
        (
            "hun vil gerne på biblioteket igen sammen med sin datter",
            "hun har sin stok, og saa har hun faaet en rollator fra kommunen",
            ["stok", "rollator"],
        ),
    ],
)
def test_the_aids_answer_after_a_wish_with_company_is_heard(wish, said, aids):
    turn = at_summary({"wish": wish, "independence": said})
    goal = goal_fields(turn.state, CONTENT)
    assert goal["independence"] == "hjaelpemiddel"
    assert sorted(goal["aids"]) == sorted(aids)
    assert "med hjælp fra" not in turn.goal_text, turn.goal_text


def test_a_helper_who_helps_is_still_a_helper():
    turn = at_summary({"wish": HANDBALL, "independence": "ergoterapeuten hjælper mig op"})
    assert goal_fields(turn.state, CONTENT)["independence"] == "med_hjaelp"


def test_no_aid_said_is_no_aid():
    turn = at_summary({"wish": HANDBALL, "independence": "jeg har ingen rollator"})
    assert goal_fields(turn.state, CONTENT)["aids"] == []


@pytest.mark.parametrize(
    ("wish", "phrase"),
    [
        (STADIUM, "sammen med mit barnebarn"),
        (HANDBALL, "sammen med min søn"),
        ("jeg vil gerne gaa til banko igen sammen med min datter", "sammen med min datter"),
    ],
)
def test_dont_know_keeps_the_help_and_names_the_helper_once(wish, phrase):
    turn = at_summary({"wish": wish, "independence": "ved ikke"})
    assert goal_fields(turn.state, CONTENT)["independence"] == "med_hjaelp"
    assert phrase in turn.goal_text, turn.goal_text
    assert "med hjælp fra" not in turn.goal_text, turn.goal_text


def test_help_from_someone_not_in_the_wish_is_still_said():
    # counter-example: the helper the wish does not name is written as before
    turn = at_summary(
        {"wish": "jeg vil gerne handle i Netto igen", "independence": "med hjælp fra min søn"}
    )
    assert "med hjælp fra min søn" in turn.goal_text, turn.goal_text


def test_help_said_in_the_wish_is_not_asked_again():
    # counter-example: "med hjælp fra" in the wish tells the way; the step is not asked
    turn = at_summary(
        {
            "wish": "jeg vil gerne i svømmehallen igen med hjælp fra min datter",
            "independence": "med min rollator",
        }
    )
    assert goal_fields(turn.state, CONTENT)["independence"] == "med_hjaelp"


def test_a_helper_named_by_name_in_the_wish_is_not_said_again():
    turn = at_summary(
        {
            "wish": "jeg vil gerne gaa ture igen sammen med min nabo Else",
            "independence": "sammen med Else",
        }
    )
    assert "hjælp fra" not in turn.goal_text, turn.goal_text
