"""A measure answer that tells a deed with a count of things in one of its clauses (fix round
31, counted31): "Jeg lave dej med maskine, så jeg selv rulle ud ti yufka og bage på panden" is
the sign "rulle ud ti yufka og bage på panden", taken at once: the question is not asked again
and the first clause is not glued to the wish's verb."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import at_measure, understand

from assistant.dialogs.draft import build_draft
from assistant.dialogs.engine import advance
from assistant.dialogs.models import Answer, Turn

TODAY = date(2026, 12, 5)


def _at_measure(content, wish: str) -> Turn:
    return at_measure(content, wish, TODAY)


@pytest.mark.parametrize(
    ("wish", "said", "sign"),
    [
        (
            "jeg vil bage brød selv igen",
            "Jeg lave dej med maskine, så jeg selv rulle ud ti yufka og bage på panden.",
            "rulle ud ti yufka",
        ),
        (
            "jeg vil gerne kunne lave mad igen",
            "Datter hjælpe med dej, så jeg selv forme tyve frikadeller og stege dem.",
            "forme tyve frikadeller",
        ),
        (
            "min mor vil gerne hækle igen",
            "hun sidder i stolen med lampen og så kan hun hækle 30 firkanter til tæppet",
            "hækle 30 firkanter",
        ),
        (
            "jeg vil gerne kunne strikke igen",
            "når jeg har fået nye pinde og kan holde garnet, så strikke to par sokker til jul",
            "strikke to par sokker",
        ),
        (
            "jeg vil gerne skrælle kartofler selv",
            "altså med den tykke skræller ved bordet, så jeg kan skrælle fem kartofler uden pause",
            "skrælle fem kartofler",
        ),
        (
            "jeg vil selv kunne skrive julekort igen",
            "med den tykke pen og lup på bordet, jeg skrive tolv julekort til familien",
            "skrive tolv julekort",
        ),
        (
            "jeg vil gerne kunne plante i haven igen",
            "hvis jeg sidder på knæleskamlen i bedet, så jeg selv sætte tyve løg i jorden",
            "sætte tyve løg",
        ),
        (
            "jeg vil gerne kunne bage til mine børnebørn",
            "Først røre dejen i maskine, så jeg trille tredive boller og sætte dem i ovnen.",
            "trille tredive boller",
        ),
        (
            "jeg vil gerne kunne stryge mit tøj selv",
            "når brættet står i den rigtige højde i stuen, kan jeg stryge fire skjorter",
            "stryge fire skjorter",
        ),
        (
            "jeg vil selv kunne pakke gaver ind til jul",
            "med den lille saks og tape på en rulle, jeg pakke otte gaver ind selv",
            "pakke otte gaver",
        ),
    ],
)
def test_a_count_of_things_in_a_clause_of_a_long_measure_answer_is_taken_at_once(
    content, wish, said, sign
):
    turn = _at_measure(content, wish)
    turn = advance(turn.state, Answer("text", said), content, TODAY, understand=understand)
    assert turn.slot != "measure" and not turn.reprompt
    goal = build_draft(turn.state, content, TODAY)["goal"]["text"]
    assert sign.split()[-1] in goal and sign.split()[-2] in goal
