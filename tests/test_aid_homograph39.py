"""Splints said "skinner" (also the verb's present: "solen skinner") are the aid where a noun
stands; a tray lined with felt is an aid described by what it has (round 39)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "skinner til fingrene, bakke med filt",
        "ergoterapeuten har givet mig skinner til fingrene og haanden",
        "hun har faaet skinner på begge hænder nu",
        "Jeg har skinner på fingrene når jeg strikker",
        "min mor bruger skinner om natten",
        "med skinner paa fingrene kan jeg godt",
        "Skinner. og tyk nål.",
    ],
)
def test_skinner_where_a_noun_stands_is_the_splint(text):
    assert "skinne" in analyze(text, TODAY).aids


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne gå en tur når solen skinner",
        "solen skinner og jeg går med min stok",
        "når det skinner ude vil hun i haven",
        "han vil cykle når solen skinner igen",
    ],
)
def test_skinner_after_its_subject_is_the_verb(text):
    assert "skinne" not in analyze(text, TODAY).aids


@pytest.mark.parametrize(
    "text",
    [
        "Og jeg har bakke med filt i bunden, så perlerne ikke triller væk.",
        "en bakke med filt til mine piller",
        "hun har faaet en filtbakke fra ergoterapeuten",
    ],
)
def test_a_tray_with_felt_is_an_aid(text):
    assert list(analyze(text, TODAY).aids) == ["filtbakke"]


def test_a_hill_or_a_plain_tray_is_no_aid():
    assert "filtbakke" not in analyze("jeg vil cykle op ad bakken igen", TODAY).aids
    assert "filtbakke" not in analyze("jeg vil bære en bakke med kaffe", TODAY).aids


@pytest.mark.parametrize(
    "text",
    [
        "Med en morsenøgle med to paddles, som sidder fast på bordet med sugekopper, og min "
        "rollator, som jeg har sat ved radioen.",
        "han har en rollator og en tallerken der sidder fast med en sugekop",
        "min stok og et skærebræt, der er sat fast med sugekopper",
    ],
)
def test_suction_cups_that_hold_another_thing_are_its_part(text):
    assert "sugekop" not in analyze(text, TODAY).aids


@pytest.mark.parametrize(
    "text",
    [
        "jeg har en sugekop under tallerkenen",
        "et skærebræt der sidder fast med sugekopper",
        "hun bruger sugekopper til fadet",
    ],
)
def test_suction_cups_said_alone_stay_an_aid(text):
    assert "sugekop" in analyze(text, TODAY).aids


@pytest.mark.parametrize(
    "text",
    ["vinde. på stangen. håndsving. rollator.", "han har sat en vinde på flagstangen"],
)
def test_a_winch_where_a_noun_stands_is_an_aid(text):
    assert "vinde" in analyze(text, TODAY).aids


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne vinde i banko igen",
        "far spiller banko og han vinder tit",
        "vi skal vinde kampen",
        "med vinden i ryggen kan jeg cykle",
    ],
)
def test_winning_or_the_wind_is_no_winch(text):
    assert "vinde" not in analyze(text, TODAY).aids
