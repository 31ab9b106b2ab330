"""Fix round 40 (blind141 Tesfay): a kin word opening quoted speech is the one spoken to ("han
siger: far, køb bare Nescafé"), no person of the goal; a date said right after a holiday, past
the feast's own name between commas ("til vores jul, Genna, det er 7. januar"), is the date
meant."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "spoken_to"),
    [
        ("Min søn Daniel nej, han siger: far, køb bare Nescafé.", "far"),
        ('min datter sagde altid "mor, nu må du slappe af"', "mor"),
        ("hun siger: farmor, du skal ikke bære det", "farmor"),
        ("min søn skriver: far! pas på dig selv", "far"),
        ("barnebarnet råber: morfar, kom nu", "morfar"),
    ],
)  # fmt: skip
def test_a_kin_word_opening_quoted_speech_names_no_one(said, spoken_to):
    assert spoken_to not in analyze(said, TODAY).people


def test_help_said_before_the_quote_stays_help():
    facts = analyze(
        "Min datter Senait kommer søndag og hjælper bære bakke. Ergoterapeut øver med mig ved"
        " komfur om tirsdag. Min søn Daniel nej, han siger: far, køb bare Nescafé.",
        TODAY,
    )
    roles = facts.extras["people_roles"]
    assert roles["datter"] == "helper" and roles["ergoterapeut"] != "unwanted", roles
    assert "far" not in facts.people


@pytest.mark.parametrize(
    "said",
    ["Hjælpere: mor, far og min bror", "Jeg sagde til min søn: far har brug for hjælp"],
)
def test_a_list_or_a_named_person_after_a_colon_stays(said):
    assert "far" in analyze(said, TODAY).people


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("Til vores jul, Genna, det er 7. januar. Så kommer mange.", "2027-01-07"),
        ("Til vores jul, det er den 7. januar.", "2027-01-07"),
        ("inden paaske, Fasika, det er 2. maj hos os", "2027-05-02"),
        ("til nytår, øh det er 14. januar for os", "2027-01-14"),
        # round 49: "hos os" tells the feast's date in the family's calendar (an Orthodox
        # Christmas), as "Fasika, det er 2. maj hos os": the date is the one meant
        ("Til jul. Det er 7. januar hos os.", "2027-01-07"),
    ],
)  # fmt: skip
def test_a_date_said_after_a_holiday_is_the_date_meant(said, day):
    assert analyze(said, TODAY).deadline == day


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("til jul, Mette kommer den 3. januar", "2026-12-24"),
        ("til jul. den 3. marts skal jeg til lægen", "2026-12-24"),
    ],
)  # fmt: skip
def test_another_time_after_the_holiday_leaves_it(said, day):
    assert analyze(said, TODAY).deadline == day
