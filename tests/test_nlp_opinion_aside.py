"""Someone else's opinion told right after the wish without punctuation ("… med de andre
terapeuten mener han er klar", "… igen lægen siger måske til sommer") is an aside, not part of
the wish's own phrase: the phrase ends before the person who says or thinks it
(opinion_aside.opinion_aside_at)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


def action(text: str) -> str | None:
    return (analyze(text, TODAY).extras or {}).get("action")


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        (
            "øh jeg vil gerne kunne gaa i svømmehallen igen fysioterapeuten siger det er godt "
            "for min ryg",
            "gå i svømmehallen igen",
        ),
        (
            "mor vil gerne kunne spille kort med naboerne igen lægen mener hun har godt af det",
            "spille kort med naboerne igen",
        ),
        (
            "altså han vil gerne ud og fiske ved søen sygeplejersken synes også det er en god ide",
            "ud og fiske ved søen",
        ),
        (
            "jeg vil gerne cykle til brugsen igen ergoterapeuten sagde jeg var klar til det",
            "cykle til Brugsen igen",
        ),
        (
            "far vil så gerne bage boller med børnebørnene terapeuten siger han godt kan",
            "bage boller med børnebørnene",
        ),
        (
            "hun vil gerne male akvarel igen psykologen mener det kan hjælpe hende",
            "male akvarel igen",
        ),
        (
            "vil gerne kunne gaa tur med hunden selv laegen har sagt det er fint",
            "gå tur med hunden",
        ),
        (
            "øh jeg vil gerne synge i koret igen min datter siger jeg skal",
            "synge i koret igen",
        ),
        (
            "min kone vil gerne kunne strikke igen fysioterapeuten anbefaler det til hendes fingre",
            "strikke igen",
        ),
        (
            "han vil gerne lære at lave mad selv hjemmeplejen synes han skal prøve",
            "lære at lave mad",
        ),
    ],
)
def test_an_opinion_told_after_the_wish_is_no_part_of_it(said, phrase):
    assert action(said) == phrase


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        # a lead before the person: the opinion belongs to the wish ("gøre hvad lægen siger")
        ("jeg vil gerne kunne gøre hvad lægen siger", "gøre hvad lægen siger"),
        # the person is the object of the wish, no opinion follows
        ("jeg vil gerne kunne snakke med lægen om min medicin", "snakke med lægen om min medicin"),
    ],
)
def test_a_person_inside_the_wish_stays(said, phrase):
    assert action(said) == phrase


def test_a_relative_clause_without_som_stays():
    assert action("jeg vil gerne kunne gøre det lægen siger") == "gøre det lægen siger"


def test_others_said_before_the_person_are_no_relative_head():
    said = "han vil gerne spille petanque med de andre lægen siger det er sundt"
    assert action(said) == "spille petanque med de andre"
