"""A bare time span said first in a longer answer to "Hvornår vil du kunne det?" ("Tre måned.
Så er det forår") is "om …" from today (fix round 41, blind143 Ghulam); a date marked as the
deadline ("senest", "inden", "til") wins over an occasion's date said before it (blind143
Else-Marie: "Hun fylder 93 den 2. marts, så … senest den 15. februar")."""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import answered_until, as_citizen
from engine_support import go as answer

from assistant.nlp import analyze

WALK = {"wish": "jeg vil gerne kunne gaa ned til havnen igen", "measure": "to km"}


def _deadline_after(said: str):
    turn = answer(answered_until(as_citizen(), WALK, "deadline"), said)
    return turn.state.slots.get("deadline")


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        ("Tre måned. Så er det forår, godt vind.", "2027-02-22"),
        ("to uge, så kommer min datter hjem fra ferie", "2026-12-06"),
        ("en maaned! det haaber jeg i hvert fald meget", "2026-12-22"),
        ("6 uger. det sagde fysioterapeuten også at det kunne tage", "2027-01-03"),
        ("øh tre fire måneder, for nu er det jo vinter og glat", "2027-03-22"),
    ],
)  # fmt: skip
def test_a_span_said_first_in_a_longer_answer_is_from_today(said, deadline):
    assert _deadline_after(said) == deadline


@pytest.mark.parametrize(
    "said",
    [
        "Hver søndag er for meget, jeg ved det ikke rigtig, det kommer an på vejret",
        "to gange. nej det ved jeg ikke, det må du bestemme",
    ],
)
def test_an_answer_without_a_span_first_gets_no_date(said):
    assert _deadline_after(said) is None


SOON = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        ("Hun fylder 93 den 2. marts, så fødselsdagsbrevet skal af sted senest den 15. februar, "
         "ellers når det ikke frem til Canada.", "2027-02-15"),
        ("min datter bliver gift den 3 maj saa jeg vil kunne det inden 1 april", "2027-04-01"),
        ("vi skal til Mallorca den 20. juni, og jeg vil gerne kunne gå langt senest til påske",
         "2027-03-28"),
        ("Min søster har sølvbryllup den 12. juni, jeg vil kunne danse med senest 1. maj",
         "2027-05-01"),
    ],
)  # fmt: skip
def test_a_marked_deadline_wins_over_an_occasion_said_first(said, deadline):
    assert str(analyze(said, SOON).deadline) == deadline


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        # the first date is itself marked: it stays
        ("Inden den 1. marts, for den 15. marts har hun fødselsdag", "2027-03-01"),
        ("Til hun fylder 89 den 14. marts, det er hendes mål.", "2027-03-14"),
        # a weekday led by a mark is an appointment, no deadline over a date
        ("den 2. marts kommer hun, til fredag ringer jeg til hende", "2027-03-02"),
        ("den 2. marts", "2027-03-02"),
    ],
)  # fmt: skip
def test_a_marked_first_date_or_a_weekday_after_it_keeps_the_first(said, deadline):
    assert str(analyze(said, SOON).deadline) == deadline
