"""A part of a month said without its preposition, as spoken and second-language Danish says it
("slut januar", "start marts", "midt februar"): a deadline like "sidst i januar" (fix round
35, blind131 Sanela)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        ("Jeg vil gå vandgymnastik igen. Efter nytår. Slut januar.", "2027-01-31"),
        ("jeg vil gerne kunne gaa til bingo igen slut januar", "2027-01-31"),
        ("min mor hun vil bage selv igen, øh slut februar maaske", "2027-02-28"),
        ("Jeg vil cykle til byen. Start marts.", "2027-03-01"),
        ("han vil gerne kunne gå i kirke igen start april", "2027-04-01"),
        ("jeg vil kunne gå på trappen selv midt februar", "2027-02-15"),
        ("Jeg vil selv handle i Netto igen. Sidst februar.", "2027-02-28"),
    ],
)  # fmt: skip
def test_a_month_part_said_without_its_preposition_is_a_deadline(said, deadline):
    found = analyze(said, TODAY).deadline
    assert str(found) == deadline, found
