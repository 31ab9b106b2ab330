"""Fix round 48 (fD): a correction of the DEADLINE at the summary whose excuse names a time of its
own ("Den 1. februar er for tidligt, jeg skal først til kontrol med hoften i slutningen af januar.
Skriv den 1. marts.", blind158 Annie): the explicit instruction ("skriv …", "sæt den til …", "det
skal være …", "lad os tage …") names the time meant, not the excuse said first (time.yaml
instruction_leads, nlp/instructed_time.py). A correction with no time keeps the goal's date; a
"skrive" that is the wish's own deed is no instruction. Through the real engine and analyzer."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand
from engine_support import CONTENT, TODAY, answered_until, card, go

from assistant.dialogs.engine import new_state, start
from assistant.dialogs.models import Turn

_CITIZEN = {
    "wish": "jeg vil gerne kunne gå ned til købmanden selv igen",
    "measure": "gå en kilometer uden pause",
    "frequency": "to gange om ugen",
    "deadline": "til den 1. februar",
    "independence": "med stokken",
    "people": "min datter hjælper mig",
}


def _summary() -> Turn:
    turn = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card("borger"), card("ja"))
    turn = answered_until(turn, _CITIZEN, "confirm")
    assert turn.state["slots"]["deadline"] == "2027-02-01", turn.state["slots"]
    return turn


_AT = _summary()


@pytest.mark.parametrize(
    ("answer", "deadline"),
    [
        (
            "Nej, ikke helt. Den 1. februar er for tidligt, jeg skal først til kontrol med "
            "hoften i slutningen af januar. Skriv den 1. marts.",
            "2027-03-01",
        ),
        ("nej øh jeg skal til kontrol i januar, saa skriv marts", "2027-03-31"),
        ("Nej. Min datter skal føde i januar. Kan du skrive 15. marts?", "2027-03-15"),
        (
            "nej det er for tidligt, jeg skal opereres sidst i januar. Sæt den til 1. april",
            "2027-04-01",
        ),
        ("Nej, min søn er på ferie i januar. Det skal være den 1. marts.", "2027-03-01"),
        ("naej, hun skal til kontrol i slutningen af januar, lad os tage 1. marts", "2027-03-01"),
    ],
)
def test_the_instructed_time_wins_over_the_excuse(answer, deadline):
    turn = go(_AT, answer)
    assert turn.state["slots"]["deadline"] == deadline, turn.state["slots"]


@pytest.mark.parametrize(
    "answer",
    [
        "nej, hellere med min søster, skriv det",
        "Nej, ret det til at jeg går med min datter.",
    ],
)
def test_a_correction_with_no_time_keeps_the_date(answer):
    turn = go(_AT, answer)
    assert turn.state["slots"]["deadline"] == "2027-02-01", turn.state["slots"]


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        ("jeg vil skrive julekort inden jul og sende dem den 1. december", "2026-12-24"),
        ("Jeg vil kunne sætte mig på cyklen til påske og køre til stranden i juni", "2027-03-28"),
        ("jeg vil gerne skrive breve igen til min søster til sommer", "2027-06-01"),
    ],
)
def test_a_deed_of_writing_or_setting_is_no_instruction(said, deadline):
    facts = understand(said, date(2026, 12, 7))
    assert facts.deadline == deadline, facts.deadline
