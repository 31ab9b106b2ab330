"""People not to be counted on, told to the listener (fix round 41, blind142 Ellen Margrethe):
"så ham skal De ikke regne med" (the old polite "De", "du", "I", "man"; "regne med", "tælle
med", "spørge", "have med"; the object put first or the person themselves) rules out the person
said before; without "ikke" ("hende kan De altid regne med") the person is a help."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


def _roles(said: str) -> dict[str, str]:
    return analyze(said, TODAY).extras["people_roles"]


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("Min svoger Ib synes, det er noget vrøvl at jeg vil ud at gå i min alder, så ham skal De"
         " ikke regne med.", "svoger"),
        ("min datter bor i aarhus og har travlt, hende skal i ikke regne med", "datter"),
        ("naboen ham skal De ikke spørge, han er for gammel til den slags", "nabo"),
        ("min bror Finn han er sur og gnaven, ham kan man altså ikke tælle med", "bror"),
        ("Min svigerdatter skal du ikke regne med", "svigerdatter"),
        ("øh min søn, ham behøver De ikke spørge, han siger bare nej", "søn"),
        ("min nevø Kasper mener jeg skal blive inde, ham skal I ikke have med", "nevø"),
    ],
)  # fmt: skip
def test_one_not_to_be_counted_on_is_ruled_out(said, person):
    roles = _roles(said)
    assert roles[person] == "unwanted", roles


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("Min svigersøn kan De regne med.", "svigersøn"),
        ("min nabo kan du altid regne med, hun er sød", "nabo"),
        ("min datter Lise hun kommer om tirsdagen, hende kan De sagtens regne med", "datter"),
    ],
)  # fmt: skip
def test_one_to_be_counted_on_is_no_refusal(said, person):
    facts = analyze(said, TODAY)
    assert facts.extras["people_roles"][person] != "unwanted", facts.extras
    assert person in facts.people


def test_the_refusal_stays_with_the_last_person_named():
    roles = _roles(
        "Mit barnebarn Frederik går med mig derned. Min svigersøn Henning synes, det er noget pjat,"
        " så ham skal De ikke regne med."
    )
    assert roles["svigersøn"] == "unwanted", roles
    assert roles["barnebarn"] != "unwanted", roles
