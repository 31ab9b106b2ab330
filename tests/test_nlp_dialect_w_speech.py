"""West Jutland speech said with w for v ("a wil gjern", "hwer søndag"), "mier" (mere), "påsk"
(påske), "æ kuen" (the wife, the article before the noun), and Funen "sjøl" (selv)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "a wil gjern ku gå ud å fisk igen mæ min gamle ven",
        "a ka ett gå mier men a wil så gjern ku komm i æ kirke",
        "æ kuen siger a ska ud å gå så a wil gjern gå en tur mæ æ rollator",
        "hun wil gjern ku bag æ kringle sjel te jul",
    ],
)
def test_a_w_said_wish_is_a_wish(text):
    assert analyze(text, TODAY).stance == "wish"


@pytest.mark.parametrize(
    ("text", "per_week"),
    [
        ("a wil gjern gå te æ havn hwer dag", 7.0),
        ("a wil gjern ku komm te kortspil hwer tirsdag", 1.0),
        ("a wil gjern ku gå i æ svømmehal hwer anden uge", 0.5),
    ],
)
def test_hwer_is_every(text, per_week):
    freq = analyze(text, TODAY).frequency
    assert (
        freq is not None and freq.times * {"day": 7, "week": 1}[freq.per] / freq.every == per_week
    )


@pytest.mark.parametrize(
    "text",
    [
        "a wil gjern ku gå ned te æ kirke inden påsk",
        "min mor vil gerne kunne gå i haven igen inden paask",
        "jæ vil sku gerne ku gå te min søster sjøl te påsk",
    ],
)
def test_paask_said_short_is_easter(text):
    deadline = analyze(text, TODAY).deadline
    assert deadline is not None and "2027-03-21" <= deadline <= "2027-03-29"


@pytest.mark.parametrize(
    "text",
    [
        "jæ vil gerne ku lave min mad sjøl igen",
        "hun vil gerne klare indkøbene sjoel igen",
        "æ kuen hun wil gjern ku vask æ gulv sjel",
    ],
)
def test_sjoel_is_selv(text):
    assert analyze(text, TODAY).independence == "selv"


@pytest.mark.parametrize(
    "text",
    [
        "æ kuen hun ka ett kør bil mier så a wil gjern lær å kør sjel",
        "a wil gjern ku gå en tur mæ æ kuen hwer søndag",
    ],
)
def test_ae_kuen_is_the_wife(text):
    facts = analyze(text, TODAY)
    assert "kone" in facts.people and facts.perspective == "self"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("a vil så gjan ku gør æ badeværelse ren sæl te påsk", "2027-03-21"),
        ("a wil gjern ku gå te æ kirke igen te jul", "2026-12-22"),
        ("æ kuen wil gjern ku bag sæl te nytår", "2026-12-28"),
    ],
)
def test_te_before_a_feast_is_til(text, first):
    deadline = analyze(text, TODAY).deadline
    assert deadline is not None and deadline >= first


@pytest.mark.parametrize(
    "text",
    [
        "a vil så gjan ku gå te æ købmand sæl igen",
        "a ka ett bind æ snørebånd mer men a vil gjan ku gør det sæl",
    ],
)
def test_south_jutland_sael_is_selv(text):
    assert analyze(text, TODAY).independence == "selv"


def test_a_seal_stays_an_animal():
    facts = analyze("vi så en sæl ved stranden og jeg vil gerne gå derned igen", TODAY)
    assert facts.independence is None
