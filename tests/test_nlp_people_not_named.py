"""Who is named (blind corpora 70 and 71, round 33): an appointment at the doctor's is the
practice ("glemmer tider hos lægen"), a bare person word after "som" is a role ("tilbage i
firmaet som konsulent"), the children of a volunteer's job are no one ("være lektiehjælper …
kan ikke høre børnene"); the citizen's relative owned by "hans"/"hendes" is named ("Han kan
ikke huske … Hans datter har lavet en bog"), and so are colleagues in the genitive plural."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


def people(text: str) -> tuple[str, ...]:
    return tuple(analyze(text, TODAY).people)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # an appointment at the doctor's, whatever is done with it: the practice
        ("Jeg glemmer mine tider hos tandlægen. Jeg vil selv huske dem med en kalender.", ()),
        (
            "mor glemmer sin aftale hos lægen hver gang ik saa hun vil gerne have en alarm paa"
            " telefonen",
            (),
        ),
        # a bare person word after "som": what the citizen is or was at work
        (
            "min mand vil gerne tilbage i sit gamle firma som konsulent 10 timer om ugen efter"
            " bypass operationen",
            (),
        ),
        (
            "mor vil gerne tilbage paa plejehjemmet som sygeplejerske et par timer om ugen men hun"
            " kan ikke staa saa laenge",
            (),
        ),
        # the children of a volunteer's job with children
        (
            "jeg vil gerne være læsemakker på skolen igen men jeg kan ikke se bogstaverne så godt"
            " så børnene må læse højt for mig",
            (),
        ),
        (
            "min mand har været fodboldtræner for de små i tyve år og han savner børnene så meget"
            " efter han fik sin nye hofte",
            (),
        ),
        (
            "mor vil gerne være skolebedstemor igen en dag om ugen men hun kan ikke sidde paa de"
            " lave stole hos boernene",
            (),
        ),
    ],
)
def test_a_place_a_role_or_a_job_names_no_one(text, named):
    assert people(text) == named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Hun kan ikke klæde sig på selv. Hendes søn kommer kun om søndagen. Hun vil gerne selv"
            " tage tøj på om morgenen.",
            ("søn",),
        ),
        (
            "han kan ikke gå ud alene mere, hans datter går med ham om lørdagen men han vil gerne"
            " selv kunne gå til bageren",
            ("datter",),
        ),
        (
            "jeg vil gerne kunne bage en kage til mine gamle kollegers frokost igen men jeg kan"
            " ikke stå så længe",
            ("kollega",),
        ),
    ],
)
def test_the_citizens_relatives_and_colleagues_are_named(text, named):
    assert people(text) == named
