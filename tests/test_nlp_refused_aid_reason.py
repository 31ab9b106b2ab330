"""An aid someone else will not use, and why (fix round 36, blind74): "Hun har en rollator men
hun vil ikke bruge den, hun siger den er for gamle mennesker" names the rollator, gives no means,
and the reason after the refusal says nothing of the activity (walking, not company)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("far går dårligt og har en rollator men han vil ikke bruge den", "rollator"),
        ("min mand har fået en stok, men han gider ikke bruge den, han er for stolt", "stok"),
        ("mor har en badebænk men hun vil altså ikke bruge den", "badebænk"),
        ("hun har faaet en rollator men hun vil ikke bruge den. hun falder tit", "rollator"),
    ],
)
def test_an_aid_someone_will_not_use_gives_no_means(text, aid):
    facts = analyze(text, TODAY)
    assert aid in facts.aids
    assert facts.independence is None


@pytest.mark.parametrize(
    "text",
    [
        "min far han går så langsomt og falder, han har en rollator men han vil ikke bruge den, "
        "han siger den er for gamle mennesker",
        "mor går dårligt, hun har en stok men hun vil ikke bruge den hun siger folk kigger og "
        "hun vil ikke se gammel ud",
    ],
)
def test_the_reason_for_refusing_the_aid_names_no_activity(text):
    assert analyze(text, TODAY).activity == "gang"


@pytest.mark.parametrize(
    "text",
    [
        "jeg har en rollator og jeg vil gerne kunne gå med den til købmanden",
        "Jeg har fået to høreapparater, men jeg bruger dem ikke. Jeg vil lære at bruge dem.",
    ],
)
def test_an_aid_wished_for_use_stays_the_means(text):
    assert analyze(text, TODAY).independence == "hjaelpemiddel"
