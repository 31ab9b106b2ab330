"""Fix round 47 (fE, blind155 Poul Erik, speech-recognised): a day and month said right after a
holiday with the holiday's lead said again ("inden vinterferien ja inden den tolvte februar") is
the date meant, as "til jul, altså 20. december" already was; a date said after "og" or in the
next sentence stays another time. A dialect noun no dictionary holds ("knæjten": the boy) is
written as the standard word; the standard "knægt" stays."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze, get_analyzer

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        ("inden vinterferien ja inden den tolvte februar", "2027-02-12"),
        ("øh til jul ja til den tyvende december", "2026-12-20"),
        ("inden paaske altsaa inden den 1. april", "2027-04-01"),
        ("inden påske ja inden den første marts", "2027-03-01"),
        ("øh inden sommerferien ja inden den 15. juni tror jeg", "2027-06-15"),
        ("før jul øh før den 18. december", "2026-12-18"),
        # already read so before this round
        ("inden vinterferien, den tolvte februar", "2027-02-12"),
        ("til påske altså den første april", "2027-04-01"),
    ],
)  # fmt: skip
def test_a_date_said_with_the_holidays_lead_again_wins(said, deadline):
    assert str(analyze(said, TODAY).deadline) == deadline


@pytest.mark.parametrize(
    ("said", "deadline"),
    [
        ("inden vinterferien", "2027-02-14"),
        ("til jul. Til den 3. marts skal jeg på sygehuset", "2026-12-24"),
        ("inden jul og inden den 3. marts", "2026-12-24"),
        ("til sommerferien og så til den 1. august", "2027-06-27"),
    ],
)
def test_a_date_after_og_or_a_new_sentence_is_another_time(said, deadline):
    assert str(analyze(said, TODAY).deadline) == deadline


def spelled(text: str) -> str:
    return " ".join(get_analyzer().nlp(text)._.hm_spelling)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("jeg vil gerne hente knæjten fra skole igen", "hente drengen fra skole"),
        ("øh han vil hente knaejten fra skolen siger min datter", "hente drengen fra skolen"),
        ("a ska hent æ knæjt ved æ skole", "hente drengen ved skolen"),
        ("jeg er bange for at æ knæjt løber fra mig ude ved vejen", "at drengen løber"),
        ("vi har tre knæjte og en tøs", "tre drenge"),
        ("knæjtene skal hentes ved æ skole", "drengene skal hentes"),
        ("jeg vil hente knejten om tirsdagen", "hente drengen om"),
    ],
)  # fmt: skip
def test_a_dialect_noun_is_written_as_the_standard_word(said, written):
    assert written in spelled(said)


@pytest.mark.parametrize("said", ["en god knægt", "knægten fra nummer fem", "han er en rask dreng"])
def test_standard_words_stay(said):
    assert spelled(said) == said
