"""The one speaking says who they are, or the help they give (fix round 36, blind74): "Jeg er
hjemmehjælper. Hr. Jensen kan selv …" and "Min mor … Hun sidder … Jeg laver mad til hende"
tell of the citizen, perspective other. The speaker's own wish or lack still makes it theirs."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Jeg er sygeplejerske. Fru Hansen kan selv tage bad om morgenen.",
        "jeg er hans datter. han vil gerne kunne gaa til bageren igen",
        "Jeg er hjemmehjælper hos hende. Hun kan ikke selv tage strømper på.",
        "jeg er jo bare hendes nabo, hun kan ikke komme ned af trapperne",
        "Jeg er hjemmehjælper. hr. Olsen vil gerne lære at lave kaffe selv.",
    ],
)
def test_a_speakers_introduction_leaves_the_matter_to_what_follows(text):
    assert analyze(text, TODAY).perspective == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Min far han spiser ikke ordentligt mere. Han sidder bare. Jeg laver mad til ham hver dag.",
        "min mor kan ikke gå i bad alene, hun er bange for at falde, jeg vasker hende om morgenen",
        "Min mand har svært ved at tage tøj på. Han bliver sur. Så jeg hjælper ham med knapperne.",
        "min svigermor glemmer sine piller, hun bliver forvirret, jeg ringer til hende hver morgen",
    ],
)
def test_help_the_speaker_gives_keeps_the_citizen_told_of(text):
    assert analyze(text, TODAY).perspective == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Jeg er enke. Jeg kan ikke lave mad.",
        "Jeg er pensioneret sygeplejerske og jeg vil gerne gå ture igen.",
        "min datter hjælper mig, men hun har travlt. jeg vil gerne selv kunne handle",
        "min mand er død, jeg savner ham, jeg vil gerne i en sorggruppe",
        "min søn har travlt. jeg kan ikke undvære ham, jeg vil gerne kunne ringe til ham selv",
    ],
)
def test_the_speakers_own_matter_stays_self(text):
    assert analyze(text, TODAY).perspective == "self"


def test_the_citizen_told_of_is_no_person_named():
    facts = analyze(
        "Min mor spiser næsten ikke siden min far døde. Hun har ingen appetit. "
        "Jeg laver mad til hende.",
        TODAY,
    )
    assert facts.perspective == "other"
    assert facts.people == ("far",)
