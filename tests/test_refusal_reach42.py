"""An object put first that refuses a person ("så hende spørger jeg ikke") may come a long clause
after the mention, up to people_roles._VETO_REACH words, as long as nobody else is named between
(blind146 Svend Erik: his daughter who thinks he should stop writing to the paper)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def roles(text: str) -> dict:
    return analyze(text, TODAY).extras.get("people_roles") or {}


@pytest.mark.parametrize(
    "text",
    [
        "Min datter Inge i Kobenhavn synes, jeg skal lade være med at skrive til avisen, for folk "
        "griner af mig, så hende spørger jeg ikke.",
        "min søn mener jo at jeg er alt for gammel til at køre ud til sommerhuset om vinteren når "
        "vejen er glat og mørk, så ham beder jeg aldrig om noget",
    ],
)
def test_an_object_first_refusal_a_long_clause_later_refuses(text):
    assert "unwanted" in roles(text).values(), roles(text)


def test_a_person_named_between_takes_the_pronoun():
    text = (
        "min datter bor i Aarhus og hun ringer hver aften, og min nabo Grethe er altid så sur og "
        "sladrer om alle, så hende spørger jeg ikke"
    )
    found = roles(text)
    assert found.get("nabo") == "unwanted" and found.get("datter") != "unwanted", found
