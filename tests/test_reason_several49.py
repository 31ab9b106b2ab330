"""Fix round 49 (fE, blind158 Ayten, blind159 Hoa): when an answer to why gives several
sentences, the citizen's own reason of today is kept, in Danish word order. A second
language's "Nu jeg kan hjælpe andre" (a time fronted, no inversion; mended to "Nu kan jeg …" by
verb_second) is a reason: a time of today said first opens a main clause as a place adverb does,
written in the order of a clause after "fordi" ("fordi jeg nu kan hjælpe andre"). A sentence
whose subject is a name of two words ("Røde Kors give os tøj og seng") is what others did, no
deed of the citizen's ("så jeg kan Røde Kors give …"). Counter-examples: a clause in the past
after "nu", and a lone reason that was right, stay as before."""

from __future__ import annotations

import pytest

from assistant.content import get_content
from assistant.nlp.compose import compose_goal, reason_first_person, reason_frame

GOALS = get_content("da").goals


def _reason(told: str, speaker: str = "citizen") -> str:
    return reason_first_person(told, GOALS, speaker)


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("Fordi da vi kom til Danmark, vi havde ingenting, og andre hjalp os. Nu jeg kan hjælpe"
         " andre. Og damerne i madhjælpen er mine venner, vi griner meget.",
         "jeg nu kan hjælpe andre"),
        ("Fordi da vi komme i båd, vi have ingenting. Røde Kors give os tøj og seng. Nu jeg vil"
         " give tilbage.",
         "jeg nu vil give tilbage"),
        ("Da jeg kom, kommunen hjalp mig. Nu jeg vil hjælpe andre.", "jeg nu vil hjælpe andre"),
        ("nu jeg kan give lidt tilbage til de andre", "jeg nu kan give lidt tilbage til de andre"),
        ("Nu jeg har tid til andre.", "jeg nu har tid til andre"),
        ("Nu kan jeg selv give noget tilbage.", "jeg nu selv kan give noget tilbage"),
    ],
)  # fmt: skip
def test_a_time_of_today_said_first_is_the_reason_in_clause_order(told, reason):
    assert _reason(told) == reason


def test_a_relatives_second_language_reason_is_the_citizens():
    told = "Da de kom til Danmark, de havde ingenting. Nu hun vil hjælpe andre."
    assert _reason(told, "relative") == "jeg nu vil hjælpe andre"


def test_the_goal_says_the_mended_reason():
    facts = {"activity": "fritid", "own_action": "pakke poser i madhjælpen", "speaker": "citizen"}
    told = "Fordi da vi kom til Danmark, vi havde ingenting. Nu jeg kan hjælpe andre."
    goal = compose_goal({**facts, "reason_said": told}, GOALS)
    assert goal == "Jeg vil kunne pakke poser i madhjælpen, fordi jeg nu kan hjælpe andre."


@pytest.mark.parametrize(
    "told",
    ["Røde Kors give os tøj og seng.", "Dansk Folkehjælp hjalp os meget."],
)
def test_a_named_others_clause_is_no_purpose(told):
    assert reason_frame(told, GOALS, "citizen") == ("", "")


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        ("fordi jeg kan hjælpe andre", "jeg kan hjælpe andre"),
        ("så kan jeg hjælpe andre", "hjælpe andre"),
        ("derude har jeg det bedst", "derude har jeg det bedst"),
        ("Mine børn bor langt væk.", "mine børn bor langt væk"),
    ],
)
def test_counter_examples_stay(told, reason):
    assert _reason(told) == reason


def test_a_time_before_a_past_verb_is_no_reason_of_today():
    assert reason_frame("Nu var jeg alene.", GOALS, "citizen") == ("", "")
