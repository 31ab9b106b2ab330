"""A "så" clause said right after a trouble ("…, men jeg har så ondt, så jeg ikke kan sove",
"uden at have ondt, så jeg ikke kan sove") tells what the trouble leads to: never the wish's
purpose in the goal. A purpose after the wish ("så jeg kan se mine venner"), after a trouble
wished away ("uden at have ondt, så jeg kan sove om natten") or one that is no lack ("så jeg
ikke skal tage så mange piller") is unchanged (nlp/trouble_consequence.py; review 50 A12)."""

from __future__ import annotations

import pytest
from conftest import understand
from engine_support import CONTENT, TODAY, answered_until, as_citizen, card, go

from assistant.dialogs.engine import new_state, start

REST = {
    "motivation": "ved ikke",
    "frequency": "hver uge",
    "deadline": "8 uger",
    "independence": "selv",
    "people": "ingen",
    "measure": "en time",
}


def _goal(wish: str, about: str | None = None) -> str:
    answers = {**REST, "wish": wish}
    if about is None:
        return answered_until(as_citizen(), answers, "confirm").goal_text
    turn = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card("paaroerende"), card("ja"))
    answers |= {"about": about, "handover": card("ikke_selv")}
    return answered_until(turn, answers, "confirm").goal_text


@pytest.mark.parametrize(
    ("wish", "about", "kept", "lost"),
    [
        ("jeg vil gerne kunne komme til gymnastik igen, og gå hjem igen bagefter, uden at have "
         "ondt, så jeg ikke kan sove", None, "komme til gymnastik igen", "sove"),
        ("øh jeg vil gerne kunne gaa til svoemning igen uden at have ondt bagefter saa jeg ikke "
         "kan sove om natten", None, "svømning", "sove"),
        ("jeg vil gerne cykle til byen igen, men jeg har så ondt i knæet, så jeg ikke kan sove",
         None, "cykle til byen", "sove"),
        ("altså jeg vil gerne ud og gå med hunden, men jeg bliver så træt, så jeg må sidde ned "
         "hele eftermiddagen", None, "gå med hunden", "sidde ned"),
        ("jeg har så ondt i ryggen, så jeg ikke kan sove, og jeg vil gerne kunne gå tur igen",
         None, "gå tur", "sove"),
        ("jeg vil gerne kunne gå til brugsen uden at blive så træt så jeg ikke orker at lave mad",
         None, "uden at blive så træt", "lave mad"),
        ("han vil gerne spille golf igen men han har saa ondt i hoften saa han ikke kan sove",
         "min mand", "spille golf", "sove"),
        ("hun vil gerne i svømmehallen igen uden at få ondt, så hun slet ikke kan sove",
         "min mor", "svømmehallen", "sove"),
    ],
)  # fmt: skip
def test_a_troubles_consequence_is_no_purpose(wish, about, kept, lost):
    text = _goal(wish, about)
    assert kept in text
    assert lost not in text


@pytest.mark.parametrize(
    ("wish", "purpose"),
    [
        ("jeg vil gerne kunne komme til gymnastik igen, så jeg kan se mine venner",
         "så jeg kan se mine venner"),
        ("jeg vil gerne gå tur igen uden at have ondt, så jeg kan sove om natten",
         "så jeg kan sove om natten"),
        ("jeg vil gerne være mindre træt om eftermiddagen så jeg kan lege med mine børnebørn",
         "så jeg kan lege med mine børnebørn"),
        ("jeg vil gerne have en sengehest, så jeg ikke kan falde ud af sengen",
         "så jeg ikke kan falde ud af sengen"),
        ("jeg vil gerne gå tur uden smerter, så jeg ikke skal tage så mange piller",
         "så jeg ikke skal tage så mange piller"),
        ("jeg har ondt i knæet, så jeg vil gerne have en rollator, så jeg kan gå til brugsen",
         "så jeg kan gå til Brugsen"),
    ],
)  # fmt: skip
def test_a_purpose_after_the_wish_stays(wish, purpose):
    assert purpose in _goal(wish)


@pytest.mark.parametrize(
    "text",
    [
        "min kone vil gerne danse igen, men hun har så ondt i fødderne, så hun ikke kan stå op",
        "jeg vil gerne i haven igen men jeg bliver saa svimmel saa jeg ikke tør gå ud alene",
        "jeg vil gerne læse avisen igen uden at få ondt i hovedet, så jeg ikke kan koncentrere mig",
    ],
)
def test_the_analyzer_reads_no_motivation_from_the_consequence(text):
    assert understand(text, TODAY).motivation is None


def test_the_analyzer_keeps_a_purpose_of_a_trouble_wished_away():
    facts = understand(
        "jeg vil gerne gå uden at blive træt, så jeg kan lege med børnebørnene", TODAY
    )
    assert facts.motivation
