"""People as the person meant them (fix round 28): a doctor said only as where one goes ("gå
til lægen", "flextrafik ned til tandlægen") is a place, no person; a doctor spoken to ("ringe til
lægen", "sige det til lægen") or quoted ("lægen siger") is named; rung only to book a time
("ringe til lægen og bestille tid", round 29 after blind64) the practice is a place again."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "text",
    [
        "øh jeg gider ikke gaa ned til laegen hver gang for at faa skiftet plasteret",
        "mor vil gerne selv kunne komme hen til lægen uden at jeg skal med",
        "far vil gerne have en taxa til laegen i stedet for at jeg kører ham",
        "min datter kører mig til lægen men jeg vil gerne kunne tage bussen selv",
        "jeg vil gerne kunne gå ind til lægen på egen hånd igen",
        "han skal op til lægen hver tirsdag og han vil gerne klare trappen selv",
        "naboen henter mig og følger mig til laegen, jeg vil gerne kunne gaa derhen selv",
    ],
)
def test_a_doctor_who_is_only_where_one_goes_is_no_person(text):
    assert "læge" not in analyze(text, TODAY).people


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne selv kunne ringe til lægen og fortælle hvordan det går",
        "mor vil gerne kunne skrive til laegen paa appen uden mig",
        "jeg har sagt det til lægen mange gange men jeg vil gerne gå mere",
        "hun kan ikke forklare sig til laegen paa dansk men hun vil gerne laere det",
        "lægen siger jeg skal gå til fysioterapi hver uge",
    ],
)
def test_a_doctor_spoken_to_or_quoted_is_named(text):
    assert "læge" in analyze(text, TODAY).people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("jeg vil gerne selv kunne ringe til lægen og bestille tid", "læge"),
        (
            "øh mor vil gerne selv kunne ringe til laegen og faa en tid uden at jeg skal goere det",
            "læge",
        ),
        ("far vil gerne kunne ringe til laegen selv og flytte sin tid", "læge"),
        ("jeg vil gerne kunne skrive til lægen på appen og booke en tid selv", "læge"),
        ("hun vil gerne selv ringe til lægen for at aflyse tiden naar hun er syg", "læge"),
        ("Jeg vil ringe til lægen og bestille tid. Min søn gør det nu.", "læge"),
    ],
)
def test_a_doctor_rung_only_to_book_a_time_is_the_practice(text, person):
    assert person not in analyze(text, TODAY).people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the appointment booked "hos" the doctor (round 30, blind66): the practice, a place;
        # a second practice in a list after it too
        ("jeg vil gerne selv bestille tid hos lægen", "læge"),
        ("mor vil gerne kunne bestille en tid hos laegen paa nettet", "læge"),
        ("han vil selv ringe og booke tid hos tandlaegen og lægen", "læge"),
        ("øh far vil gerne selv kunne flytte sin tid hos lægen uden mig", "læge"),
        ("jeg vil gerne selv kunne få en tid hos lægen og frisøren", "læge"),
        ("hun vil gerne aflyse tiden hos fodterapeuten selv naar hun er syg", "fodterapeut"),
    ],
)
def test_a_doctor_only_booked_at_is_the_practice(text, person):
    assert person not in analyze(text, TODAY).people


@pytest.mark.parametrize(
    "text",
    [
        # met at the practice, no booking: named
        "jeg sidder og venter hos lægen i en time hver gang",
        "hun har været hos lægen med sin ryg og han siger hun skal gå mere",
    ],
)
def test_a_doctor_met_at_the_practice_stays_named(text):
    assert "læge" in analyze(text, TODAY).people
