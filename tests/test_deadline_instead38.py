"""A later time said with "i stedet" after it is the deadline meant (fix round 38, the lead;
blind138 Ulrikke: "Nej, til jul, det når jeg aldrig … Skriv første marts i stedet." at the
summary kept Christmas); a time "i stedet for" sets aside stays set aside."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        ("Nej, til jul, det når jeg aldrig, det er jo om et par uger. Skriv første marts i stedet.",
         "2027-03-01"),
        ("til jul. nej vent, sæt den femtende februar i stedet", "2027-02-15"),
        ("øh inden jul det er for tidligt, skriv til påske istedet", "2027-03-28"),
        ("nej ikke til nytaar det kan hun ikke naa, hellere 1. april i stedet", "2027-04-01"),
    ],
)  # fmt: skip
def test_a_later_time_said_instead_is_the_deadline(said, deadline):
    assert str(analyze(said, TODAY).deadline) == deadline


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        ("til jul i stedet for til påske", "2026-12-24"),  # the later one is set aside
        ("inden påske i stedet for til jul", "2027-03-28"),
        ("inden jul og så kan vi jo se i stedet for at vente", "2026-12-24"),
        ("til jul", "2026-12-24"),
    ],
)  # fmt: skip
def test_a_time_set_aside_or_said_alone_stays(said, deadline):
    assert str(analyze(said, TODAY).deadline) == deadline
