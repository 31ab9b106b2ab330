"""A count of the wish's own object is its measure (fix round 31, counted31): "vil gerne kunne
bage ti boller til børnebørnene" is ten buns to manage, the unit the counted noun's lemma; a
count in the trouble's story, a rate ("to piller hver morgen", "seks glas vand om dagen"), an
amount of drink or money and people counted stay no measure."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("øh jeg vil gerne kunne bage ti boller til mine børnebørn når de kommer", 10, "bolle"),
        (
            "min mor hun vil gerne kunne haekle 30 firkanter til et taeppe til sit oldebarn",
            30,
            "firkant",
        ),
        ("jeg vil selv kunne strikke to par sokker til min datter inden jul", 2, "par"),
        ("far vil gerne selv kunne skraelle fem kartofler igen uden at skaere sig", 5, "kartoffel"),
        ("altså jeg vil gerne kunne skrive tre breve til min søster i Jylland", 3, "brev"),
        ("min kone vil gerne kunne plante tyve tulipaner i haven til foråret", 20, "tulipan"),
        ("jeg vil gerne kunne smøre fire madpakker til børnebørnene om fredagen", 4, "madpakke"),
        ("vil gerne kunne stryge 5 skjorter selv igen ik", 5, "skjorte"),
        (
            "hun vil gerne kunne læse to aviser fra ende til anden selv med lup",
            2,
            "avis",
        ),
        ("jeg vil gerne kunne hækle alle 12 grydelapper til basaren selv", 12, "grydelap"),
        (
            "mormor vil så gerne kunne stege 40 frikadeller til juleaften med sin gode hånd",
            40,
            "frikadelle",
        ),
    ],
)
def test_a_count_of_the_wished_object_is_its_measure(text, value, unit):
    assert [(m.value, m.unit) for m in analyze(text, TODAY).measures] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "jeg kunne før bage tyve boller men nu kan jeg ikke ælte dejen, jeg vil gerne bage igen",
        "han vil gerne kunne tage sine to piller hver morgen selv",
        "jeg vil tage to piller hver morgen uden hjælp",
        "mor vil gerne drikke seks glas vand om dagen",
        "jeg vil gerne kunne bære to liter mælk hjem fra brugsen",
        "jeg vil gerne kunne besøge to venner på plejehjemmet",
        "far vil gerne kunne spise tre ordentlige måltider om dagen",
        "jeg vil gerne bage en kage til min datters fødselsdag",
    ],
)
def test_no_count_of_the_wished_object_is_no_measure(text):
    assert analyze(text, TODAY).measures == ()
