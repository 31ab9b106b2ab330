"""Rules from blind corpus 64 (round 29, c64ind): an aid brought along after the wish, a person
behind or beside one as help, steps counted in a described stair, "i et hug" of a rise, the
rhythm of a trip told before a wish to get there, of a schedule said first, and of a later wish
that works a trouble round."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "text",
    [
        "mor vil gerne gå ned til bageren igen, det er ikke langt men hun skal have rollatoren med",
        "han vil gerne kunne gaa til frisoeren igen men han maa tage stokken med",
        "far vil gerne i haven igen ikk men han skal ha rollatoren med sig",
        "jeg vil gerne gå tur med hunden igen men jeg skal tage rollatoren med",
        "Jeg vil gerne gå til kirken. Jeg skal have min stok med.",
        "øh jeg vil gerne ned til stranden igen men jeg er nødt til at have krykkerne med",
    ],
)
def test_an_aid_brought_along_after_the_wish_is_the_means(text):
    assert analyze(text, TODAY).independence == "hjaelpemiddel"


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne gå til kirken men jeg skal ikke have rollatoren med",
        "jeg vil gerne til byen men min datter skal have sin hund med",
    ],
)
def test_no_aid_brought_along_is_no_means(text):
    assert analyze(text, TODAY).independence is None


@pytest.mark.parametrize(
    "text",
    [
        "min mor vil gerne kunne gaa i bad igen og jeg skal bare staa bag hende",
        "far vil gerne op ad trappen til soveværelset og han skal bare have mig bagved",
        "jeg vil gerne kunne gå på stranden hvis jeg har min datter ved min side",
        "hun vil gerne ud at gå en tur med min søn ved sin side",
        "mor vil gerne i kirken igen, hun skal bare ha mig ved siden af",
        "han vil gerne gå en tur ude i haven med mig bag sig",
        # the steps of a stair said "med en tolv trin" are counted, no part of a tool
        "min far vil gerne ned i kælderen igen, det er sådan en smal trappe med en fjorten trin "
        "og han skal have mig bag sig",
    ],
)
def test_a_person_behind_or_beside_one_is_help(text):
    assert analyze(text, TODAY).independence == "med_hjaelp"


@pytest.mark.parametrize(
    ("text", "independence"),
    [
        ("jeg vil gerne kunne rejse mig fra sofaen i et hug", None),
        ("mor vil gerne kunne komme op af stolen i ét hug uden at vippe frem og tilbage", None),
        ("far vil gerne kunne saette sig paa toilettet i et traek", None),
        # over a way, in one go is still without a pause
        ("jeg vil kunne gå trappen op i et træk", "selv"),
        ("jeg vil gerne cykle til stranden i ét stræk", "selv"),
    ],
)
def test_in_one_go_of_a_single_movement_is_no_way_of_managing(text, independence):
    assert analyze(text, TODAY).independence == independence


def weekly(times: int) -> dict:
    return {"times": times, "per": "week", "every": 1}


@pytest.mark.parametrize(
    ("text", "frequency"),
    [
        (
            "min kone skal til genoptræning to gange om ugen og hun vil gerne selv kunne tage "
            "bussen",
            weekly(2),
        ),
        (
            "far skal til fysioterapeut hver tirsdag og han vil gerne kunne bestille taxaen selv",
            weekly(1),
        ),
        (
            "mor skal på sygehuset hver mandag og hun vil gerne kunne tage flextrafik alene",
            weekly(1),
        ),
        # no trip told ("spiller kort på klubben"), or one of the past: no rhythm of the wish
        ("jeg spiller kort på klubben to gange om ugen og jeg vil gerne kunne køre bil igen", None),
        (
            "han gik til svømning hver torsdag i mange år og nu vil han gerne kunne tage bussen",
            None,
        ),
    ],
)
def test_a_trip_told_before_a_wish_to_get_there_gives_its_rhythm(text, frequency):
    found = analyze(text, TODAY).frequency
    assert (found and asdict(found)) == frequency


@pytest.mark.parametrize(
    ("text", "frequency"),
    [
        (
            "hver morgen skal jeg have oejendraaber. min kone goer det nu men jeg vil gerne kunne "
            "dryppe selv",
            {"times": 1, "per": "day", "every": 1},
        ),
        (
            "hver tredje dag skal far have ny stomipose. hjemmeplejen goer det men han vil gerne "
            "kunne skifte posen selv",
            {"times": 1, "per": "day", "every": 3},
        ),
    ],
)
def test_a_schedule_said_first_is_the_rhythm_of_the_wish_to_manage_it(text, frequency):
    found = analyze(text, TODAY).frequency
    assert (found and asdict(found)) == frequency


@pytest.mark.parametrize(
    ("text", "frequency"),
    [
        (
            "han vil gerne fortsætte som frivillig for ældresagen men han kan ikke køre bil mere "
            "så han vil spørge om han kan lave kaffe i caféen to formiddage om ugen",
            weekly(2),
        ),
        (
            "hun vil gerne blive ved i kirkens café ikk men hun kan ikke stå ved disken så hun "
            "vil spørge om hun kan vaske kopper op to eftermiddage om ugen",
            weekly(2),
        ),
        (
            "far vil gerne tilbage til sit job på lageret men han kan ikke løfte mere så han vil "
            "spørge om han kan folde tøj i butikken tre dage om ugen",
            weekly(3),
        ),
        (
            "jeg vil gerne fortsætte som frivillig i genbrugsbutikken men jeg kan ikke stå så "
            "længe så jeg vil sortere tøj siddende to formiddage om ugen",
            weekly(2),
        ),
    ],
)
def test_a_later_wish_that_works_a_trouble_round_keeps_its_rhythm(text, frequency):
    found = analyze(text, TODAY).frequency
    assert (found and asdict(found)) == frequency
