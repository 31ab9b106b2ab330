"""Blind corpus 77, fix round 39: a trouble overcome told in second-language order ("nu jeg
klarer selv"), with a past verb of its own ("jeg nåede ikke"), a symptom met by an aid got
("ryster …, har fået en kop …, nu han kan …") and "nu har jeg fået …, så … selv"."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "i sommer jeg faldt og kunne ikke gå, nu jeg går selv til brugsen",
        "mor nåede ikke op paa toilettet om natten, nu hun klarer det selv med en bækkenstol",
        "Før jeg kunne ikke tage strømper på. Nu jeg tager dem på selv med strømpepåtageren",
        "han kunne ikke komme ud af bilen, nu han stiger ud selv",
        "jeg kunne ikke åbne dåserne men nu har jeg fået en dåseåbner så åbner jeg dem selv",
    ],
)
def test_a_trouble_overcome_in_any_word_order_is_a_resource(text):
    assert analyze(text, TODAY).stance == "resource"


@pytest.mark.parametrize(
    "text",
    [
        "min mand ryster på hænderne. han har fået en tallerkenkant, nu han kan spise selv",
        "jeg har ondt i knæene, jeg har fået en rollator og nu går jeg selv til bageren",
    ],
)
def test_a_symptom_met_by_an_aid_got_is_a_resource(text):
    facts = analyze(text, TODAY)
    assert facts.stance == "resource"
    assert facts.independence == "hjaelpemiddel"


def test_nu_har_jeg_faaet_then_saa_selv_is_with_the_aid():
    facts = analyze(
        "jeg kunne ikke naa op i skabet men nu har jeg faaet en gribetang, så tager jeg "
        "tallerkenerne ned selv",
        TODAY,
    )
    assert facts.independence == "hjaelpemiddel"


@pytest.mark.parametrize(
    "text",
    [
        "min far ryster meget på hænderne og nu kan han ikke drikke sin kaffe",
        "jeg har fået en rollator men jeg kan ikke gå langt, nu sidder jeg bare inde",
        "jeg ryster på hænderne og spilder, nu vil jeg gerne kunne drikke selv",
        "jeg nåede ikke toilettet i nat og nu er jeg bange for at gå i seng",
        "hun kan ikke gå på trappen, nu hun går selv i haven men trappen kan hun ikke",
    ],
)
def test_a_trouble_still_there_is_no_resource(text):
    assert analyze(text, TODAY).stance != "resource"


@pytest.mark.parametrize(
    "text",
    [
        "æ vasker op hver aften, det klarer æ sjæl",
        "a støvsuger om fredagen og det ordner a sjæl",
        "mi kone er syg så æ laver maden, det klarer æ selv",
    ],
)
def test_jutlandic_ae_before_sjael_after_a_verb_is_the_speaker_on_his_own(text):
    assert analyze(text, TODAY).independence == "selv"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("jeg er begyndt i en samtalegruppe for pårørende og det hjælper", ()),
        ("hun går på et kursus for pårørende hver tirsdag", ()),
        ("min jobkonsulent hjælper mig med at finde et fleksjob", ("jobkonsulent",)),
        ("min sagsbehandler og jeg vil gerne finde et job til mig", ("sagsbehandler",)),
    ],
)
def test_an_audience_names_no_one_and_a_consultant_is_named(text, people):
    assert analyze(text, TODAY).people == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("jeg vil gerne træne hos fysioterapeuten to gange om ugen", ("fysioterapeut",)),
        ("jeg vil gerne på et kursus for min kone og mig", ("kone",)),
    ],
)
def test_a_professional_met_and_an_owned_person_stay_named(text, people):
    assert analyze(text, TODAY).people == people


def test_feeling_better_now_beside_a_hard_time_told_past_is_a_resource():
    text = "jeg har det rigtig meget bedre nu, det har vaeret en haard tid efter min kone døde"
    assert analyze(text, TODAY).stance == "resource"


@pytest.mark.parametrize(
    "text",
    [
        "jeg har det ikke bedre nu og det har været hårdt",
        "jeg har det lidt bedre nu men jeg kan stadig ikke sove",
    ],
)
def test_feeling_better_beside_a_trouble_of_today_stays_a_difficulty(text):
    assert analyze(text, TODAY).stance == "difficulty"


@pytest.mark.parametrize(
    "text",
    [
        "far kan ikke gå ud i januar når det er glat på fortovet",
        "min mor glemmer at spise midt i maj og hun kan ikke huske det selv",
        "han kan ikke holde varmen først i februar, så vi må fyre op hele tiden",
    ],
)
def test_a_month_in_a_difficulty_tells_when_no_by_date(text):
    assert analyze(text, TODAY).deadline is None


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("hun kan ikke komme i kirke til jul fordi hun ikke kan gå", "2026-12-24"),
        ("jeg vil gerne kunne gå selv midt i januar", "2027-01-15"),
        ("jeg vil gerne kunne gå i bad selv i marts", "2027-03-31"),
    ],
)
def test_a_by_date_and_a_wished_month_stay(text, deadline):
    assert analyze(text, TODAY).deadline == deadline


@pytest.mark.parametrize(
    "text",
    [
        "nu kan jeg gå selv med gangbukken fra sengen til stuen",
        "mor gaar alene med sin gangbuk fra soveværelset til badeværelset",
        "jeg går stadig med rollatoren fra sengen ud i køkkenet hver morgen",
    ],
)
def test_walking_with_a_walking_aid_from_the_bed_is_the_walk(text):
    assert analyze(text, TODAY).activity == "gang"


def test_getting_up_from_the_bed_stays_the_transfer():
    assert analyze("jeg kan ikke selv komme op fra sengen om morgenen", TODAY).activity == (
        "forflytning"
    )
