"""Today's help beside a difficulty (fix round 35, blind73): a helper's help told with its verb
("jeg hjælper ham hver dag", "hjemmeplejen hjælper hende om morgenen") says how it is now, no
way of managing to reach: independence stays out. Help said as what one cannot do without
("kan ikke komme i bad alene", "har brug for hjælp fra …") stays med_hjaelp."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "min kone kan ikke komme op af badekarret, jeg hjælper hende hver gang og hun er ked af"
        " det",
        "mor kan ikke selv tage strømperne på, hjemmeplejen hjælper hende hver morgen",
        "far har svært ved at tage sokker paa saa jeg hjaelper ham hver morgen",
        "Min far kan ikke skære kødet mere. Min bror hjælper ham hver søndag, han er ked af det.",
        "øh min mand kan ikke rigtig klippe sine negle ikk jeg hjaelper ham med det og han er"
        " flov over det",
    ],
)
def test_todays_help_beside_a_difficulty_is_no_independence(text):
    facts = analyze(text, TODAY)
    assert facts.stance == "difficulty"
    assert facts.independence is None


@pytest.mark.parametrize(
    "text",
    [
        "han kan ikke komme i bad alene saa det er hjemmeplejen som hjaelper ham",
        "far har brug for hjælp fra hjemmeplejen når han skal på toilettet",
        "mor kan ikke gaa ud alene, min søster hjælper hende når hun skal handle",
    ],
)
def test_help_needed_stays(text):
    assert analyze(text, TODAY).independence == "med_hjaelp"


@pytest.mark.parametrize(
    "text",
    [
        "hun kan ikke selv lave mad mere men hun har sagt ja til at hjemmehjælpen hjælper hende"
        " om aftenen",
        "far kan ikke komme i bad mere men han har gaaet med til at hjemmeplejen hjaelper ham to"
        " gange om ugen",
    ],
)
def test_help_agreed_to_stays(text):
    assert analyze(text, TODAY).independence == "med_hjaelp"
