"""A sign's reflexive is the citizen's only where the citizen is its subject (round 43, blind147
Helmer): "så stramt, at det ikke giver sig, når man sætter sig" keeps "sig" (and its comma);
"sætte sig i stolen" is "sætte mig". A reason is kept whole or cut where a complete, true clause
ends: a relative clause without "som" ("noget, jeg kan, som …") opens no new main clause; a main
clause whose verb comes after "ikke bare" still ends the one before; a relative clause said of a
negated head ("ikke bare en gammel mand, der sidder og glor …") is never cut off."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose_goal, first_person, reason_frame

GOALS = get_content("da").goals


# --- 1. a reflexive bound to another subject stays ---------------------------------------------


@pytest.mark.parametrize(
    ("sign", "words"),
    [
        ("flette et helt sæde færdigt på en uge, så stramt, at det ikke giver sig, når man sætter"
         " sig", "så stramt, at det ikke giver sig, når man sætter sig"),
        ("flette et saede, saa det ikke giver sig", "så det ikke giver sig"),
        ("gå en tur med hunden, så hunden kan røre sig", "så hunden kan røre sig"),
        ("bage en kage, så børnene kan more sig", "så børnene kan more sig"),
        ("lave mad, så barnebørnene kan glæde sig", "så barnebørnene kan glæde sig"),
    ],
)  # fmt: skip
def test_a_reflexive_of_another_subject_stays(sign, words):
    said = first_person(sign, GOALS)
    assert words in said.replace("saa", "så"), said


@pytest.mark.parametrize(
    ("sign", "words"),
    [
        ("komme op og sætte sig i stolen", "sætte mig i stolen"),
        ("sætte sig, når hun kommer hjem", "sætte mig, når jeg kommer hjem"),
        ("klare sig selv, så hun kan blive boende", "klare mig selv, så jeg kan blive boende"),
        ("gå til sin frisør, når hun vil forkæle sig selv", "når jeg vil forkæle mig selv"),
    ],
)
def test_the_citizens_own_reflexive_is_first_person(sign, words):
    assert words in first_person(sign, GOALS)


# --- 2. a reason kept whole or cut where a true clause ends --------------------------------------


def test_a_relative_clause_without_som_is_no_new_clause():
    told = (
        "Fordi det er det, mine hænder har lavet hele livet, og det er noget, jeg kan, som ikke"
        " ret mange kan mere."
    )
    assert reason_frame(told, GOALS, "citizen")[1].endswith("som ikke ret mange kan mere")


def test_a_third_main_clause_still_goes():
    said = reason_frame(
        "fordi jeg savner dem og jeg keder mig herhjemme, det er så stille", GOALS, "citizen"
    )
    assert said == ("because", "jeg savner dem og jeg keder mig herhjemme")


def _goal(reason: str) -> str:
    facts = {
        "activity": "fritid",
        "speaker": "citizen",
        "independence": "selv",
        "own_action": "flette sæderne med papirgarn igen",
        "reason_said": reason,
    }
    return compose_goal(facts, GOALS)


def test_a_long_reason_keeps_its_first_sentence_whole():
    goal = _goal(
        "Fordi det er det, mine hænder har lavet hele livet, og det er noget, jeg kan, som ikke"
        " ret mange kan mere. Når jeg sidder og fletter, så er jeg ikke bare en gammel mand, der"
        " sidder og glor ud ad vinduet."
    )
    assert "som ikke ret mange kan mere." in goal, goal
    assert "det er noget, og" not in goal and "og jeg ikke bare er en gammel mand." not in goal


@pytest.mark.parametrize(
    ("reason", "kept"),
    [
        ("Fordi jeg har flettet stole hele mit liv på fabrikken og derhjemme i garagen, og så er"
         " jeg ikke bare en gammel mand, der sidder og glor ud ad vinduet hele dagen og venter.",
         "ikke bare en gammel mand, der sidder og glor ud ad vinduet"),
        ("Fordi jeg har flettet stole hele mit liv på fabrikken og derhjemme i garagen, og så er"
         " jeg ikke en gammel mand, som ingen gider besøge om søndagen, og ingen ringer til mig.",
         "ikke en gammel mand, som ingen gider besøge om søndagen"),
    ],
)  # fmt: skip
def test_the_relative_clause_of_a_negated_head_stays(reason, kept):
    goal = _goal(reason)
    assert kept in goal, goal
    assert "gammel mand." not in goal, goal


def test_a_relative_clause_of_a_plain_head_may_still_be_cut():
    """ "… en glad mand, der sidder og fletter og hygger sig …": no negation, cut as before."""
    goal = _goal(
        "Fordi jeg har flettet stole hele mit liv på fabrikken og derhjemme i garagen, og så er"
        " jeg en glad mand, der sidder og fletter og hygger sig med radioen hele dagen og venter."
    )
    assert "hele dagen og venter" not in goal, goal
