"""Fix round 37 (f37g), blind corpus 75, values: Bornholmsk "ente" is the negation; a day of the
month said after the bare month wins (day_in_month.py); another's habit day is no deadline even
without a wish; today's limit before a stop said in speech order, and the cost accepted after
"selvom", are no measures; a scant amount in a difficulty ("kun en kop om dagen") is no goal
frequency; a wish to go back to the doing told before keeps its rhythm."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


def _rate(text: str):
    f = analyze(text, TODAY).frequency
    return None if f is None else (f.times, f.per, f.every)


@pytest.mark.parametrize(
    "said",
    ["ja ka ente finna mine nøgler", "hon vil ente gå ud mer", "ja kan ente sova om natten"],
)
def test_bornholmsk_ente_negates(said: str) -> None:
    assert analyze(said, TODAY).stance == "difficulty"


@pytest.mark.parametrize(
    ("said", "day"),
    [
        (
            "far skal til kontrol på sygehuset i januar og han vil gerne kunne tage bussen selv"
            " inden den 10. januar",
            "2027-01-10",
        ),
        (
            "mor har fødselsdag i februar, hun vil gerne kunne bage sin kage selv til den 14."
            " februar",
            "2027-02-14",
        ),
    ],
)
def test_day_of_the_month_wins(said: str, day: str) -> None:
    assert analyze(said, TODAY).deadline == day


@pytest.mark.parametrize(
    ("said", "day"),
    [
        # a later date of another month leaves the month read first
        (
            "jeg vil gerne kunne gå til kirken i januar og helst til min søsters fest den 3. marts",
            "2027-01-31",
        ),
        ("jeg vil gerne kunne gå ned til stranden selv i marts", "2027-03-31"),
    ],
)
def test_month_kept(said: str, day: str) -> None:
    assert analyze(said, TODAY).deadline == day


@pytest.mark.parametrize(
    "said",
    [
        "min datter gør rent for mig i weekenden, men opvasken tager jeg selv hver dag",
        "Min nabo køber ind for mig på lørdag, men brød henter jeg selv",
    ],
)
def test_helpers_day_is_no_deadline(said: str) -> None:
    assert analyze(said, TODAY).deadline is None


@pytest.mark.parametrize(
    "said",
    [
        "Min ryg er slem. Jeg kan kun stå ti minutter, så jeg må sætte mig.",
        "han kan kun gå 200 meter så han skal hvile sig",
    ],
)
def test_limit_before_stop_in_speech_order(said: str) -> None:
    assert analyze(said, TODAY).measures == ()


def test_limit_level_reached_stays() -> None:
    said = "jeg vil gerne kunne gå 500 meter til bageren, nu kan jeg kun gå 100 meter"
    assert {(m.value, m.unit) for m in analyze(said, TODAY).measures} == {(500, "meter")}


@pytest.mark.parametrize(
    "said",
    [
        "far vil selv gå ned og handle også selvom det tager ham en time",
        "mor vil gerne selv gøre rent selv om det tager hende to timer",
    ],
)
def test_cost_accepted_is_no_measure(said: str) -> None:
    assert not any(m.unit == "time" for m in analyze(said, TODAY).measures)


@pytest.mark.parametrize(
    "said",
    [
        "mor spiser ikke nok hun får kun en rugbrødsmad om dagen og hun er blevet så tynd",
        "far drikker for lidt, kun et glas vand om dagen, og han bliver svimmel",
    ],
)
def test_scant_amount_in_difficulty_is_no_frequency(said: str) -> None:
    assert analyze(said, TODAY).frequency is None


def test_scant_amount_outside_a_difficulty_stays() -> None:
    # a resource's own habit, "kun" or not, is its frequency
    assert _rate("jeg går kun en tur om ugen og det er fint for mig") == (1, "week", 1)


@pytest.mark.parametrize(
    "said",
    [
        "min mand arbejder på lageret tre dage om ugen. efter operationen vil han gerne tilbage"
        " til lageret inden for to måneder",
        "Jeg er frivillig i genbrugsbutikken hver tirsdag. Nu har jeg brækket armen, men jeg"
        " vil tilbage til butikken som frivillig.",
    ],
)
def test_going_back_keeps_the_rhythm(said: str) -> None:
    assert _rate(said) is not None
