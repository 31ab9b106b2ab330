"""A modal whose subject is the thing ("…, så det kan ligge i mappen", "så den kan hænge i
æbletræet") gives no sign of the citizen's own doing: the result said before it is the sign
(fix round 35, blind128 Aksel: "når kapitlet … er skrevet færdigt og printet", not "når jeg kan
ligge i mappen")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "At kapitlet om min farfars slægt er skrevet færdigt, så det kan ligge i mappen.",
        "at trøjen er strikket færdig, så den kan ligge under juletræet",
        "at tæppet er vævet færdigt så det kan ligge på gulvet i stuen",
        "at fuglekassen er malet og sat op, så den kan hænge i æbletræet",
        "øh at albummet med billederne er lavet færdigt så det kan stå i reolen",
    ],
)
def test_a_things_modal_is_no_sign_of_the_citizens(text):
    assert analyze(text, TODAY).extras.get("criterion") is None


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("at jeg kan gå ned til havnen og hjem igen uden at stoppe", "gå ned til havnen"),
        ("at jeg selv kan bage boller, så de kan ligge i fryseren", "bage boller"),
    ],
)
def test_the_citizens_own_modal_still_gives_the_sign(text, sign):
    assert sign in (analyze(text, TODAY).extras.get("criterion") or "")
