"""Lead, session 35 (corpus 79, Wanjiru and Ardit): counted movements of an exercise are
repetitions, unit "gang" (spec/analyze.md), and the goal says the movement as said, no "gøre det
ti gange" after it; an amount in a reason is avoided only when a negation stands in its own
clause ("så jeg ikke skal sove i stuen, det er seksten trin": the steps are the measure)."""

from __future__ import annotations

from datetime import date

import pytest
from goal_corpus import check

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def _measures(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in analyze(text, TODAY).measures]


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("jeg vil gerne kunne lave ti armboejninger mod vaeggen igen", [(10, "gang")]),
        ("min mor vil gerne kunne tage 15 tåhævninger ved køkkenbordet", [(15, "gang")]),
        ("øh at jeg kan lave 12 squats fra stolen uden at holde fast", [(12, "gang")]),
        ("han vil gerne kunne lave tyve sprællemænd igen ligesom i militæret", [(20, "gang")]),
        # things counted stay as said: no movement
        ("jeg vil gerne kunne bage ti boller til mine børnebørn", [(10, "bolle")]),
    ],
)
def test_counted_movements_are_repetitions(text, measures):
    assert _measures(text) == measures


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        # the steps are told in a clause of their own after the negated reason
        (
            "jeg vil gerne op ad trappen til sovevaerelset igen saa jeg ikke skal sove paa "
            "sofaen, det er atten trin",
            [(18, "trin")],
        ),
        (
            "far vil gerne kunne gå ned i kælderen igen så han ikke skal bede mig om det, der "
            "er tolv trin",
            [(12, "trin")],
        ),
        # an amount inside the negated clause is one to avoid
        ("jeg vil gerne kunne gå selv til lægen så jeg ikke skal vente på taxaen i en time", []),
        (
            "hun vil gerne kunne handle selv så hun ikke skal sidde og vente i to timer på "
            "hjemmeplejen",
            [],
        ),
    ],
)
def test_a_negation_counts_in_its_own_clause_only(text, measures):
    assert _measures(text) == measures


@pytest.mark.parametrize(
    "wish",
    [
        "Efter min operation vil jeg gerne kunne lave ti armbøjninger mod væggen igen",
        "jeg vil gerne kunne tage 15 tåhævninger ved køkkenbordet",
    ],
)
def test_the_goal_says_the_counted_movement_once(wish):
    got = check(wish, False)  # a whole dialogue with this wish
    assert not got.problems, got.goal
    assert "gange" not in got.goal  # no "… når jeg kan gøre det ti gange" after it
