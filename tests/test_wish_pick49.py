"""A wish said inside a reported question of another ("hun har spurgt, om jeg ikke vil tage hver
anden søndag igen") gives way to the speaker's own later wish (fix round 49, blind162 Agnethe).
A one-word answer's capital on a common noun the lemma table gives as a lemma ("Leverpostej.
Selv lave.") is written small inside the goal ("lave leverpostej"), as its inflected forms were
(fix round 49, blind163 Signe); names and words after a place lead keep theirs."""

from __future__ import annotations

from datetime import date

import pytest
from compose_support import GOALS

from assistant.nlp import analyze
from assistant.nlp.typed_capitals import common_words_small

TODAY = date(2026, 12, 7)

_G = GOALS.grammar


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("jeg vil kunne lave Leverpostej selv", "lave leverpostej"),
        ("så jeg kan bage Rugbrød til min søster", "bage rugbrød"),
        ("jeg vil gerne strikke Sokker igen", "strikke sokker"),
    ],
)  # fmt: skip
def test_a_lemma_typed_with_a_capital_is_written_small(said, written):
    assert written in " ".join(common_words_small(said.split(), _G))


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil besøge min søster Rose",  # a name after a kin word
        "jeg vil handle i Netto igen",  # after a place lead
        "jeg vil gå med Per til havnen",  # a first name that is a word too
        "jeg vil tage toget til Skive",
    ],
)
def test_names_keep_their_capitals(said):
    assert " ".join(common_words_small(said.split(), _G)) == said


@pytest.mark.parametrize(
    ("said", "wish"),
    [
        ("Den unge organist spiller nu, men hun har spurgt, om jeg ikke vil tage hver anden "
         "søndag igen. Jeg vil gerne spille orgel til gudstjenesten i kirken igen.",
         "spille orgel til gudstjenesten i kirken igen"),
        ("min datter spurgte om jeg vil med i brugsen. jeg vil gerne selv kunne gaa ned og "
         "handle igen", "gå ned og handle igen"),
        ("formanden har spurgt om jeg ikke vil være kasserer igen, men jeg vil helst bare "
         "spille kort med de andre", "spille kort med de andre"),
        ("øh naboen spørger tit om han ikke vil med ud at gå, men far vil gerne selv kunne gå "
         "ned til havnen", "gå ned til havnen"),
    ],
)  # fmt: skip
def test_a_wish_in_a_reported_question_gives_way_to_ones_own(said, wish):
    assert analyze(said, TODAY).extras.get("action") == wish


@pytest.mark.parametrize(
    ("said", "wish"),
    [
        ("jeg vil gerne spille orgel igen. hun spurgte om jeg vil tage søndagene",
         "spille orgel igen"),  # the own wish first: it stays
        ("jeg ved ikke om jeg vil kunne klare det. jeg vil gerne kunne gå i svømmehallen",
         "gå i svømmehallen"),
    ],
)  # fmt: skip
def test_an_own_wish_before_a_question_stays(said, wish):
    assert analyze(said, TODAY).extras.get("action") == wish
