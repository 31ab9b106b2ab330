"""Fix round 45 (fB): things given or bought in one breath after a thing of one's own ("… og jeg
har købt en let saks og et maskine uden ledning") are named beside it in the goal, the article
agreeing with the noun (a learner's "et maskine", "en lille spejl"); a clause, a person, a clause
lead or whom they came from ends the list (dialogs/given_more.py)."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, TODAY, answered_until, as_citizen

from assistant.dialogs.given_more import given_after
from assistant.dialogs.handlers import _given_thing
from assistant.dialogs.reply import Ctx
from assistant.dialogs.wordlists import word_set

CTX = Ctx(CONTENT, TODAY)
STOPS = word_set(CONTENT.dialogue, "aid_list_stops") | word_set(
    CONTENT.dialogue, "given_from_leads"
)
SKIP = word_set(CONTENT.dialogue, "joined_skip")


def _more(told: str, own: str) -> list[str]:
    return given_after(
        told, own, CONTENT.goals.grammar, lambda p: _given_thing(p, CTX), SKIP, STOPS
    )


@pytest.mark.parametrize(
    ("told", "own", "more"),
    [
        ("jeg har købt en let saks og et maskine uden ledning.", "en let saks",
         ["en maskine uden ledning"]),
        ("jeg har koebt en lang svamp og en lille spejl", "en lang svamp", ["et lille spejl"]),
        ("min datter har købt en let gryde og så en skål med sugekop", "en let gryde",
         ["en skål med sugekop"]),
        ("vi har fået en lup, en kande med lang tud og en lille vægt af min søn", "en lup",
         ["en kande med lang tud", "en lille vægt"]),
    ],
)  # fmt: skip
def test_things_given_in_one_breath_are_named_beside(told, own, more):
    assert _more(told, own) == more


@pytest.mark.parametrize(
    ("told", "own"),
    [
        ("jeg har købt en let saks og min datter hjælper", "en let saks"),  # a person
        ("jeg har købt en let saks og jeg har fået en stol", "en let saks"),  # a clause
        ("jeg har købt en let saks, så jeg kan klippe selv", "en let saks"),  # a clause lead
        ("jeg har købt en let saks. En stol har jeg ikke", "en let saks"),  # a new sentence
        ("jeg har købt en let saks og en gang om ugen kommer hun", "en let saks"),  # no thing
    ],
)
def test_a_person_a_clause_or_a_sentence_end_closes_the_list(told, own):
    assert _more(told, own) == []


def test_the_clipper_bought_beside_the_scissors_is_in_the_goal():
    how = (
        "Ergoterapeuten har givet mig en høj taburet med hjul, så jeg kan sidde og klippe, og "
        "jeg har købt en let saks og et maskine uden ledning."
    )
    answers = {"wish": "Jeg vil gerne selv klippe min mands hår igen.", "independence": how}
    goal = answered_until(as_citizen(), answers, "confirm").goal_text
    assert "en høj taburet med hjul, en let saks og en maskine uden ledning" in goal, goal
