"""A count of things said as the sign of the goal, not as a wish (fix round 33, reason33): "Lave
40 pierogi selv, fra dej til koge", "at jeg selv kan stege 30 frikadeller" is the amount to
manage, the unit the counted noun's lemma, also in a measure answer without "vil". A count told
of the past ("jeg lavede 40 pierogi"), one said with a rate, an amount of drink and a count
after "kan ikke"/"kan kun" stay no measure."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Lave 40 pierogi selv, fra dej til koge. Sidde på stol ved bord.", 40, "pierogi"),
        ("at jeg selv kan stege 30 frikadeller til juleaften", 30, "frikadelle"),
        ("øh når jeg kan bage 20 boller uden at sætte mig", 20, "bolle"),
        ("naar hun selv kan smoere 4 madpakker til børnebørnene", 4, "madpakke"),
        ("Skrive 5 julekort selv. Med min egen kuglepen.", 5, "julekort"),
        ("at mor kan skrælle ti kartofler igen", 10, "kartoffel"),
        ("når han kan pudse 3 vinduer i stuen", 3, "vindue"),
        ("Bage tre plader småkager. Uden pause.", 3, "plade"),
        ("ja at jeg godt kan strikke to par sokker til jul", 2, "par"),
        ("Hækle 12 grydelapper til basaren.", 12, "grydelap"),
        ("at jeg kan strikke 3 par luffer til basaren", 3, "par"),
    ],
)
def test_a_count_of_things_said_as_the_sign_is_its_measure(text, value, unit):
    assert [(m.value, m.unit) for m in analyze(text, TODAY).measures] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "jeg lavede 40 pierogi til min datters bryllup",
        "før kunne jeg bage 20 boller på en formiddag",
        "jeg kan kun spise to skiver brød",
        "hun kan ikke skrælle fem kartofler mere",
        "han kan tage 2 piller om dagen selv",
        "naar hun kan smoere 4 madpakker om morgenen",
        "at jeg kan bære to liter mælk hjem",
        "når jeg kan besøge to venner på plejehjemmet",
        "jeg kan godt lide 3 kopper kaffe",
        # a count of things said alone, no verb: the sign in its own words (handlers)
        "alle 8 vinduer i stuen og koekkenet, indvendig. udvendig tager vinduespudseren",
        "ti par luffer",
        "alle fire gardiner i stuen oppe på stængerne",
        "Hele 20 boller. Uden at sætte mig.",
        # the people counted, no things
        "vi to ka ik holde styr paa regningerne mere",
        "vi kan begge to godt ringe til vores nevoe",
        "de kan begge tre godt lide at spille kort",
    ],
)
def test_no_sign_count_is_no_measure(text):
    assert analyze(text, TODAY).measures == ()
