"""Pouring a drink is eating and drinking (fix round 39, blind121 Arne): "skænke kaffe op til
sine gamle kammerater" is the hand and the cup, not the company it is poured for; the people a
wished task is done for, as those it is done with, give the golden counts no activity of their
own against the wish's verb and object."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Morfar vil gerne selv kunne skænke kaffe op til sine gamle kammerater fra fiskeklubben,"
        " når de kommer om onsdagen",
        "jeg kan ikke skænke kaffe op når jeg har gæster, jeg ryster så meget",
        "mor vil gerne selv kunne skaenke kaffe til sine veninder igen uden at spilde",
        "jeg vil gerne selv hælde te op til min søster når hun kommer",
    ],
)
def test_pouring_is_drinking(text):
    assert analyze(text, TODAY).activity == "spise_og_drikke"


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("jeg vil gerne ud og drikke kaffe med mine veninder på cafeen", "socialt_samvaer"),
        ("jeg vil gerne kunne haelde vandet fra kartoflerne selv", "madlavning"),
    ],
)
def test_coffee_with_others_and_cooking_stay(text, activity):
    assert analyze(text, TODAY).activity == activity
