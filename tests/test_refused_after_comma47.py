"""Fix round 47 (fH; blind156 Erik, blind157 Jes and Hjørdis): a person or an aid turned down
after a comma or in the next sentence. An offer said, then "men nej tak", "men det siger jeg nej
tak til", "men det vil jeg ikke have", "men det bliver ikke aktuelt" (people.yaml unwanted); the
giver of advice turned down past the "men" ("… synes, jeg skal på dagcentret, men hende skal I
ikke spørge": people_roles frames); an aid proposed by someone ("snakker om", "har foreslået")
and the next clause opening with a no (independence.yaml proposal_*, nlp/proposed_aid.py).
A helper with a "men" about something else, and an aid simply had before a "nej", stay."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def _role(text: str, person: str) -> str:
    return analyze(text, TODAY).extras["people_roles"][person]


def _not_used(text: str) -> list[str]:
    return analyze(text, TODAY).extras["aids_not_used"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Min svigersøn er revisor og vil gerne overtage det hele, men nej tak, det er min "
            "opgave.",
            "svigersøn",
        ),
        ("øh min søn vil gerne køre mig derhen men nej tak", "søn"),
        ("Min datter vil gerne hjaelpe med badet, men det siger jeg nej tak til.", "datter"),
        ("naboen vil gerne gaa med, men det vil jeg altså ikke have.", "nabo"),
        ("Hans nevø har snakket om at tage med, men det bliver ikke aktuelt.", "nevø"),
        ("min svoger kunne godt hente mig, men nej tak. han kører som en gal", "svoger"),
        # the giver of advice turned down past the "men"
        (
            "Min svigerdatter Susanne synes, jeg skal tage på dagcentret i stedet, men hende "
            "skal I ikke spørge.",
            "svigerdatter",
        ),
        (
            "min datter synes jeg skal flytte paa plejehjem men hende gider jeg ikke spoerge",
            "datter",
        ),
        ("Min søn siger, jeg skal tage det med ro, men ham skal I ikke regne med.", "søn"),
        ("Hans søster mener, at han skal sælge båden, men hende skal I ikke ringe til.", "søster"),
    ],
)
def test_a_person_turned_down_after_the_comma_is_unwanted(text, person):
    assert _role(text, person) == "unwanted"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Min datter hjælper, men hun har travlt.", "datter"),
        ("Min søn henter mig, men det vil jeg ikke blive ved med at bede om.", "søn"),
        ("min nabo går med, men nej, hun kan ikke om søndagen", "nabo"),
        ("Min datter kører mig til træning, og det er jeg glad for.", "datter"),
    ],
)
def test_a_helper_with_a_men_about_something_else_stays(text, person):
    assert _role(text, person) in {"helper", "companion"}


def test_a_thanked_no_to_another_turns_down_only_that_one():
    roles = analyze("Min datter kører mig, men nej tak til hjemmeplejen.", TODAY).extras
    assert roles["people_roles"]["datter"] == "helper"


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        (
            "Min svigersøn snakker om at sætte en elmotor på. Nej, så er det jo ikke at sejle "
            "kano længere.",
            "elmotor",
        ),
        ("ergoterapeuten har foreslaaet en badebaenk men det vil jeg ikke have", "badebænk"),
        ("Fysioterapeuten har anbefalet en rollator. Nej tak, jeg går med min stok.", "rollator"),
        ("min datter synes jeg skal have en rollator, men det bliver ikke aktuelt", "rollator"),
        ("Hun har nævnt en trappelift. Det kommer ikke på tale.", "trappelift"),
        ("Min søn vil have mig til at bruge en stok. Nej, det gider jeg ikke.", "stok"),
        ("hans datter har snakket om en rollator. øh nej, det vil han ikke", "rollator"),
    ],
)
def test_an_aid_proposed_and_turned_down_is_no_means(text, aid):
    assert aid in _not_used(text)


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("Ergoterapeuten har foreslået en badebænk, og den er rigtig god.", "badebænk"),
        ("Jeg går med rollator. Nej, jeg kan ikke undvære den.", "rollator"),
        ("Fysioterapeuten foreslog en rollator. Nu går jeg med den hver dag.", "rollator"),
        ("Min datter synes, jeg skal have en rollator. Ja, det har hun ret i.", "rollator"),
        (
            "Ergoterapeuten har foreslået en badebænk. Den bruger jeg hver dag, og nej, jeg kan "
            "ikke undvære den.",
            "badebænk",
        ),
    ],
)
def test_an_aid_proposed_and_taken_or_simply_had_stays(text, aid):
    assert aid not in _not_used(text)
