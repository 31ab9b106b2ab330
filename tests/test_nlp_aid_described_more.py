"""Aids named by a description said round a place ("et ur på væggen som viser dato"), by a thing
with a loop, rubber, a tilt or a bed beside it, by a scooter's brand, and an aid pointed back to
later as what one uses ("… en Shoprider. Jeg vil selv køre med den")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("far vil gerne selv knappe sin skjorte med den lille ting med en løkke", "knappehjælper"),
        ("øh mor har faaet en dims med en traadloekke til knapperne", "knappehjælper"),
        ("hun vil gerne selv tage strømperne op fra gulvet med en tang med gummi på", "gribetang"),
        ("jeg samler aviserne op med sådan en lang tang med kløer i enden", "gribetang"),
        ("min mand vil gerne rejse sig selv med en stol der løfter ham op", "løftestol"),
        ("ergoterapeuten har snakket om en lænestol der vipper en op ikk", "løftestol"),
        ("far skal have en flaske ved sengen så han ikke skal ud om natten", "urinflaske"),
        ("vi har sat et ur på væggen som viser ugedagen", "kalenderur"),
        ("mormor har et ur i køkkenet der viser dag og dato", "kalenderur"),
        ("Han har fået en Shoprider af kommunen og kører til Netto", "el-scooter"),
        ("min far vil gerne selv dryppe øjnene med en plastikting man sætter på flasken",
         "dryphjælper"),
    ],
)  # fmt: skip
def test_an_aid_described_by_a_feature_or_named_by_brand_is_that_aid(text, aid):
    assert list(analyze(text, TODAY).aids) == [aid]


@pytest.mark.parametrize(
    "text",
    [
        "jeg kan ikke tage en ting med i tasken mere",
        "jeg har en flaske vand ved sengen om natten",
        "hun sidder i stolen i stuen og ser fjernsyn hele dagen",
        "sådan en stol der vipper en op vil han ikke have, siger han",
        "jeg vil gerne spise tang med min datter",
    ],
)
def test_a_thing_without_the_feature_or_refused_names_no_aid(text):
    assert list(analyze(text, TODAY).aids) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kommunen har givet mig en rollator. Jeg vil selv gå med den til brugsen hver fredag.",
        "mor har faaet en el-scooter. hun vil gerne selv koere med den ud til sin soester",
        "Jeg har fået en Shoprider. Jeg vil selv køre med den og handle.",
        "Far kan få en stol der løfter ham op. Han vil selv rejse sig med stolen igen.",
        "Sygeplejersken siger han kan få flaske ved sengen. Han vil prøve bruge flaske selv.",
    ],
)
def test_an_aid_pointed_back_to_as_what_one_uses_is_the_way(text):
    assert analyze(text, TODAY).independence == "hjaelpemiddel"


@pytest.mark.parametrize(
    "text",
    [
        "Min datter har en hund. Jeg vil selv gå tur med den hver dag.",
        "Jeg har en rollator. Min søn har en bil, jeg vil selv køre med den.",
    ],
)
def test_a_pronoun_after_another_thing_points_to_no_aid(text):
    assert analyze(text, TODAY).independence != "hjaelpemiddel"


@pytest.mark.parametrize(
    "text",
    [
        "a vil gjan ku vask æ gulv sæl mæ sådan en moppe mæ langt skaft",
        "hun vil gerne selv feje koekkenet igen med sådan en kost med langt skaft",
        "jeg vil selv vaske gulvet med den der moppe med det lange skaft",
    ],
)
def test_an_ordinary_cleaning_tool_is_no_means(text):
    assert analyze(text, TODAY).independence == "selv"
