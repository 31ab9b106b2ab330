"""Aids named by what they do or have ("et sæde man kan klappe ned", "en stol der kan hæves og
sænkes", "en skammel jeg kan knæle på"), by the brand of a rollator, wheelchair, scooter,
hearing aid or shopping trolley, and aids pointed back to by "bruge dem" (round 33)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("far vil gerne selv kunne gaa i bad med et saede man kan klappe ned fra vaeggen",
         "klapsæde"),
        ("hun har fået et sæde på væggen der kan klappes op i brusenichen", "klapsæde"),
        ("min mand vil gerne selv vaske ryggen med en svamp med et langt håndtag", "skaftsvamp"),
        ("han skal have et stativ til toilettet så han selv kan rejse sig", "toiletstativ"),
        ("mor vil gerne drikke sin kaffe selv af et krus med tud", "tudkop"),
        ("Min far har fået et apparat der bipper når han skal tage sine piller",
         "dosisdispenser"),
        ("øh hun skal ha et greb ved sengen så hun selv kan komme op om morgenen",
         "sengehåndtag"),
        ("han vil gerne selv skrælle kartofler siddende på en stol der kan hæves og sænkes",
         "arbejdsstol"),
        ("jeg vil gerne luge bedene selv igen med en skammel jeg kan knæle på", "knæskammel"),
        ("mor vil gerne i bad selv med en plastikstol man kan sidde på under bruseren",
         "badestol"),
    ],
)  # fmt: skip
def test_an_aid_described_by_what_it_does_or_has_is_that_aid(text, aid):
    facts = analyze(text, TODAY)
    assert list(facts.aids) == [aid]


@pytest.mark.parametrize(
    "text",
    [
        "han vil gerne selv skrælle kartofler siddende på en stol der kan hæves og sænkes",
        "jeg vil gerne luge bedene selv igen med en skammel jeg kan knæle på",
        "mor vil gerne drikke sin kaffe selv af et krus med tud",
    ],
)
def test_selv_with_a_described_aid_is_hjaelpemiddel(text):
    assert analyze(text, TODAY).independence == "hjaelpemiddel"


@pytest.mark.parametrize(
    "text",
    [
        "ærterne ryger ud over kanten på tallerkenen og ned på gulvet",
        "jeg har en stol i stuen som jeg sidder i hele dagen",
        "han har en kop med kaffe ved sengen om natten",
        "hun sidder på en stol og skræller kartofler",
        "vi har en skammel i køkkenet som børnebørnene står på",
    ],
)
def test_a_thing_without_its_feature_or_a_part_of_something_else_names_no_aid(text):
    assert list(analyze(text, TODAY).aids) == []


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("min mor vil gerne selv gå til bageren med sin byacre", "rollator"),
        ("far kører rundt i sin Küschall og vil gerne selv kunne komme til kirke", "kørestol"),
        ("hun vil selv kunne handle i Netto på sin minicrosser hver fredag", "el-scooter"),
        ("morfar har faaet en ny starkey i det ene oere", "høreapparat"),
        ("mormor vil gerne selv hente sine varer med sin rolser", "indkøbsvogn"),
    ],
)
def test_an_aid_named_by_its_brand_is_that_aid(text, aid):
    assert list(analyze(text, TODAY).aids) == [aid]


@pytest.mark.parametrize(
    "text",
    [
        "Han har fået to krykker af sygehuset. Han vil gerne lære at bruge dem rigtigt på trappen.",
        "mor har faaet nye hoereapparater men hun glemmer dem, hun vil gerne laere at bruge dem "
        "hver dag",
    ],
)
def test_aids_pointed_back_to_as_used_are_the_way(text):
    assert analyze(text, TODAY).independence == "hjaelpemiddel"


@pytest.mark.parametrize(
    "text",
    [
        "far har fået nye briller men han vil ikke bruge dem, han siger de er grimme",
        "Jeg har fået en rollator og to børnebørn. Jeg vil gerne lege med dem.",
    ],
)
def test_a_plural_pronoun_refused_or_after_med_points_to_no_aid_in_use(text):
    assert analyze(text, TODAY).independence != "hjaelpemiddel"


@pytest.mark.parametrize(
    ("text", "aids"),
    [
        ("han vil gerne i bad selv med et bræt over karret", ["badekarsbræt"]),
        ("mor vil gerne selv kunne komme i bad igen paa et braet hen over badekarret",
         ["badekarsbræt"]),
        ("mor vil gerne kunne glide fra kørestolen over i sengen selv på et bræt",
         ["kørestol", "glidebræt"]),
        ("hun vil selv kunne rutsje over i bilen paa et braet", ["glidebræt"]),
    ],
)  # fmt: skip
def test_a_plain_board_is_named_by_the_place_after_it_or_the_verb_before_it(text, aids):
    facts = analyze(text, TODAY)
    assert list(facts.aids) == aids
    assert facts.independence == "hjaelpemiddel"


@pytest.mark.parametrize(
    "text",
    [
        "far vil gerne selv smøre sin mad på et bræt i køkkenet",
        "han har lavet et bræt til fuglene i haven",
    ],
)
def test_a_board_without_its_purpose_names_no_aid(text):
    assert list(analyze(text, TODAY).aids) == []
