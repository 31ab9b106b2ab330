"""Aids named by what they are or do ("en lang pind med krog", "et ur der viser ugedagen"), by a
brand ("sin topro"), or by a compound of a first part that makes a thing an aid ("en
vinkelske", "et forstørrelsesspejl")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("far har faaet en lang pind med en krog til at faa bukserne paa med", "påklædningsstok"),
        ("jeg bruger en stok med krog når jeg tager strømperne på", "påklædningsstok"),
        ("mor har sådan en pind med krog fra kommunen men hun glemmer den", "påklædningsstok"),
        ("Jeg har pind med krog. Min søn hjælper med jakke.", "påklædningsstok"),
        ("han har et ur der viser dato og ugedag i køkkenet", "kalenderur"),
        ("min mor har faaet saadan et ur som viser hvilken dag det er", "kalenderur"),
        ("vi har købt et stort ur med ugedagen på til far ikk", "kalenderur"),
        ("hun kigger paa uret der viser dagen hver morgen", "kalenderur"),
        ("hun vil gerne læse avisen igen med en lampe med forstørrelse", "luplampe"),
        ("øh morfar syr med sådan en lampe med et forstørrelsesglas i", "luplampe"),
        ("jeg har en lampe med lup ved symaskinen", "luplampe"),
    ],
)
def test_an_aid_named_by_what_it_is_and_a_feature_is_that_aid(text, aid):
    assert list(analyze(text, TODAY).aids) == [aid]


@pytest.mark.parametrize(
    "text",
    [
        "jeg kan ikke hænge jakken op på en krog ved døren mere",
        "uret i køkkenet går forkert hver dag og det irriterer mig",
        "lampen med den grønne skærm står ved sengen",
        "far vil gerne fiske igen med sin gamle stang med krog",
        "jeg kan ikke se hvilken dag det er på uret",
        "jeg fisker med en pind med snor og krog nede ved åen",
    ],
)
def test_a_thing_said_without_the_feature_of_an_aid_is_none(text):
    assert not analyze(text, TODAY).aids


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("far han gaar en tur hver dag med sin topro", "rollator"),
        ("mor vil gerne kunne gå til brugsen med sin rollz igen", "rollator"),
        ("han har fået en ny gemino fra kommunen", "rollator"),
        ("toproen står ude i gangen og hun glemmer den", "rollator"),
        ("jeg vil gerne kunne høre hvad de siger med mine oticon", "høreapparat"),
        ("min mand vil gerne selv komme op på første sal med stannahen", "trappelift"),
    ],
)
def test_an_aid_named_by_its_brand_is_that_aid(text, aid):
    assert list(analyze(text, TODAY).aids) == [aid]


def test_walking_with_a_rollator_named_by_its_brand_is_with_an_aid():
    facts = analyze("mor vil gerne kunne gå ned til søen med sin topro igen", TODAY)
    assert (facts.activity, facts.independence, list(facts.aids)) == (
        "gang",
        "hjaelpemiddel",
        ["rollator"],
    )


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("ergoterapeuten har givet mig en vinkelske", "vinkelske"),
        ("mor spiser selv igen med vinkel skeen", "vinkelske"),
        ("han har fået et forstørrelsesspejl så han kan barbere sig", "forstørrelsesspejl"),
        ("min kone har lånt en vinkelkop af ergoterapeuten", "vinkelkop"),
        ("jeg har købt sådan en forstørrelseslampe til mine krydsogtværs", "forstørrelseslampe"),
    ],
)
def test_a_compound_of_an_aid_maker_is_the_aid(text, aid):
    assert aid in analyze(text, TODAY).aids


@pytest.mark.parametrize(
    "text",
    [
        "far har lånt en vinkelsliber af naboen til at slibe rækværket",
        "forstørrelsesgraden på kameraet er for lille",
    ],
)
def test_a_compound_of_an_aid_maker_and_another_thing_is_none(text):
    assert not analyze(text, TODAY).aids


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        # a clause right after the thing, with or without "som": what it is put on or holds
        ("mor vil spise selv igen med sådan en kant man sætter på tallerkenen", "tallerkenkant"),
        ("far har faaet en kant som man klikker paa tallerkenen saa maden bliver", "tallerkenkant"),
        ("øh hun spiser med en plastik kant vi sætter på tallerknen ikk", "tallerkenkant"),
        ("han vil gerne klare toilettet selv med en tang man sætter papiret fast i", "tørretang"),
        ("min kone tørrer sig nu med sådan en tang hvor papiret sidder i enden", "tørretang"),
        ("jeg har faaet en tang som jeg kan saette toiletpapiret i", "tørretang"),
        # said where it is put: under the legs of a piece of furniture
        ("vi har sat klodser under sofaen så hun lettere kommer op", "møbelforhøjer"),
        ("han har faaet nogle klodser under benene paa sofaen fra kommunen", "møbelforhøjer"),
        ("hun kommer selv op af sengen nu med klodser under sengebenene", "sengeforhøjer"),
        ("farfar har klodser under benene på lænestolen så han kan rejse sig", "stoleforhøjer"),
        # the turning plate by another word for it
        ("vi har øvet med en drejeplade i bilen så hun kan komme ud selv", "drejeskive"),
    ],
)
def test_an_aid_described_by_a_clause_or_where_it_is_put_is_that_aid(text, aid):
    assert list(analyze(text, TODAY).aids) == [aid]


@pytest.mark.parametrize(
    "text",
    [
        "ærterne ryger ud over kanten på tallerkenen og ned på gulvet",
        "han kan ikke holde på tangen når han skal ordne haven",
        "børnebørnene bygger med klodser på gulvet hver søndag",
        "jeg har lagt et bræt over hullet i haven så ingen falder",
        "hun sidder på kanten af badekarret når hun tørrer fødderne",
    ],
)
def test_the_same_things_said_of_something_else_name_no_aid(text):
    assert not analyze(text, TODAY).aids
