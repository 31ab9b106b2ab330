"""Fix round 47 (fE, blind154 Villy, speech-recognised): a reason said as speech is cleaned so
it can be placed. A spoken tag "ikke" at a clause's end (after a particle, a phrase opened by an
article, possessive or preposition, or an adjective in -ligt/-igt) is no negation and goes; a
fronted "efter" clause telling the past ("efter Edith døde så er det dem …") is the story before
the reason and is left out; "og så" with a finite verb and its subject opens a main clause of
its own in a run-on said without marks, so a third is cut as before (a comma-marked reason keeps
its own clause count). The negation after a verb, a subject or an object pronoun stays. In the
goal sentence the cleft's relative clause gets its comma ("det er dem, der har holdt mig oppe";
fix round 50, nlp/reason_commas.py)."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose_goal, reason_first_person, reason_frame

GOALS = get_content("da").goals


def _words(told: str, speaker: str = "citizen") -> str:
    return reason_frame(told, GOALS, speaker)[1]


# --- 1. a spoken tag "ikke" at a clause's end goes ----------------------------------------------


@pytest.mark.parametrize(
    ("told", "words"),
    [
        ("fordi det er hyggeligt ikke", "det er hyggeligt"),
        ("fordi vi får en øl ikke", "vi får en øl"),
        ("fordi det er vigtigt for mig ikke", "det er vigtigt for mig"),
        ("fordi jeg kan lide at komme ud ikke, og så ser jeg nogen",
         "jeg kan lide at komme ud, og så ser jeg nogen"),
        ("fordi det er godt for hovedet ikke", "det er godt for hovedet"),
        ("fordi det er min kone ikke", "det er min kone"),
        ("fordi det er dejligt at være sammen ikke", "det er dejligt at være sammen"),
        ("det er saa hyggeligt ikke", "det er så hyggeligt"),
    ],
)  # fmt: skip
def test_a_spoken_tag_ikke_goes(told, words):
    assert _words(told).replace("saa", "så") == words


@pytest.mark.parametrize(
    ("told", "words"),
    [
        ("fordi det gør jeg ikke", "det gør jeg ikke"),
        ("fordi det kan jeg ikke", "det kan jeg ikke"),
        ("fordi hun hjælper mig ikke og så sidder jeg alene", "hun ikke hjælper mig"),
        ("fordi jeg vil bestemt ikke sidde alene", "jeg vil bestemt ikke sidde alene"),
        ("fordi mine børn kommer ikke og så er jeg alene", "mine børn ikke kommer"),
        ("fordi jeg har det ikke godt", "jeg ikke har det godt"),
        ("fordi det er det ikke", "det ikke er det"),
        ("fordi jeg ser dem ikke og jeg savner dem", "jeg ikke ser dem og jeg savner dem"),
    ],
)
def test_the_negation_stays(told, words):
    assert _words(told).startswith(words)


# --- 2. a fronted "efter" clause of the past is left out ----------------------------------------


@pytest.mark.parametrize(
    ("told", "words"),
    [
        ("fordi efter min kone døde så er det dem der har holdt mig oppe",
         "det er dem der har holdt mig oppe"),
        ("fordi efter min kone flyttede så er det dem der har holdt mig oppe",
         "det er dem der har holdt mig oppe"),
        ("fordi efter min kone døde er det dem der har holdt mig oppe",
         "det er dem der har holdt mig oppe"),
        ("fordi efter min mand døde, så sidder jeg alene hver dag", "jeg sidder alene hver dag"),
        ("efter min mand døde så sidder jeg alene hver dag og det er trist",
         "jeg sidder alene hver dag og det er trist"),
        ("fordi efter Edith døde så er det dem der holder mig i gang",
         "det er dem der holder mig i gang"),
    ],
)  # fmt: skip
def test_a_fronted_story_is_left_out(told, words):
    assert _words(told) == words


def test_a_fronted_efter_without_a_past_stays():
    assert _words("fordi efter maden så går vi en tur") == "vi går en tur efter maden"


# --- 3. "og så" opens a clause of its own; a third is cut ---------------------------------------


@pytest.mark.parametrize(
    ("told", "words"),
    [
        ("fordi det er dem der har holdt mig oppe ikke og så er det hyggeligt og vi får en øl og"
         " en snaps bagefter", "det er dem der har holdt mig oppe og så er det hyggeligt"),
        ("fordi jeg savner dem og så kan jeg komme ud og så er jeg glad",
         "jeg savner dem og så kan jeg komme ud"),
        ("fordi jeg keder mig og så kommer jeg ud og vi drikker kaffe",
         "jeg keder mig og så kommer jeg ud"),
    ],
)  # fmt: skip
def test_og_saa_opens_a_clause_and_a_third_is_cut(told, words):
    assert _words(told) == words


@pytest.mark.parametrize(
    "told", ["fordi jeg savner dem og så er det hyggeligt", "fordi jeg kan lide det og så videre"]
)
def test_two_clauses_stay(told):
    assert _words(told) == told.removeprefix("fordi ")


def test_a_marked_reason_counts_its_clauses_as_before():
    told = "så jeg kommer ud blandt folk, jeg keder mig ihjel, og så kan jeg få frisk luft"
    assert _words(told).endswith("og så kan jeg få frisk luft")


def test_villy_reason_in_the_goal_and_the_motivation():
    told = (
        "fordi efter Edith døde så er det dem der har holdt mig oppe ikke og så er det hyggeligt"
        " og vi får en øl og en snaps bagefter"
    )
    goal = compose_goal(
        {
            "activity": "madlavning",
            "own_action": "være med i madklubben igen",
            "reason_said": told,
            "speaker": "citizen",
        },
        GOALS,
    )
    assert ", fordi det er dem, der har holdt mig oppe, og så er det hyggeligt." in goal, goal
    motivation = reason_first_person(told, GOALS, "citizen")
    assert not motivation.startswith("fordi") and "Edith" not in motivation
    assert "ikke" not in motivation.split() and "snaps" not in motivation
