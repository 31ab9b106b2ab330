"""Round 135's raw scraps: a possessive agrees with a noun the noun list lacks by its one gender
in nouns.json ("min hjerte" → "mit hjerte", Halina); a frame on a stand is an aid
(broderistativ); the clause of a cleft stays in a reason ("og det er der, jeg føler mig
levende", Dagmar); a second sign said as its own "at"-clause is kept past max_words ("…, og at
jeg kan høre, hvad de siger")."""

from __future__ import annotations

import datetime

import pytest

from assistant.content import get_content
from assistant.nlp import get_analyzer
from assistant.nlp.compose import reason_frame
from assistant.nlp.grammar import agree

CONTENT = get_content("da")
G = CONTENT.goals.grammar
TODAY = datetime.date(2026, 12, 5)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("det er min hjerte i den dug", "det er mit hjerte i den dug"),
        ("hun holder min hjerte varm", "hun holder mit hjerte varm"),
        ("jeg savner min hus ved vandet", "jeg savner mit hus ved vandet"),
    ],
)
def test_a_possessive_agrees_with_a_nouns_one_gender(said, written):
    assert " ".join(agree(said.split(), G)) == written


@pytest.mark.parametrize(
    "said", ["jeg vil bruge min rollator", "min tid er kort", "hun har sin cykel med"]
)
def test_a_possessive_that_agrees_already_stays(said):
    assert " ".join(agree(said.split(), G)) == said


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        (
            "ergoterapeuten har givet mig ramme på stativ saa jeg ikke skal holde stoffet",
            "broderistativ",
        ),
        ("jeg har faaet en ramme med fod til korssting", "broderistativ"),
        ("min datter har købt en broderiramme til mig", "broderiramme"),
    ],
)
def test_a_frame_for_needlework_is_an_aid(said, aid):
    assert aid in get_analyzer().analyze(said, today=TODAY).aids


def test_a_frame_round_a_picture_is_no_aid():
    assert get_analyzer().analyze("vi skal have en ny ramme om billedet", today=TODAY).aids == ()


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        ("fordi teatret er mit liv, og det er der, jeg føler mig levende", "jeg føler mig levende"),
        ("fordi haven er mit et og alt og det er her, jeg har det bedst", "jeg har det bedst"),
    ],
)
def test_the_clause_of_a_cleft_stays_in_the_reason(told, kept):
    assert reason_frame(told, CONTENT.goals, "citizen")[1].endswith(kept)


def test_a_third_clause_run_on_is_still_left_out():
    words = reason_frame(
        "fordi jeg savner dem og jeg keder mig herhjemme, det er så stille",
        CONTENT.goals,
        "citizen",
    )
    assert words[1] == "jeg savner dem og jeg keder mig herhjemme"


@pytest.mark.parametrize(
    ("measure", "end"),
    [
        (
            "At jeg selv kan gå fra taxaen ind i foyeren og op ad de fem trin til salen og sidde "
            "en hel forestilling med pause, og at jeg kan høre, hvad de siger.",
            "og at jeg kan høre, hvad de siger",
        ),
        (
            "at jeg kan gaa fra bussen og ned ad den lange sti til soeen og op igen og sidde paa "
            "baenken ved vandet en halv time og at jeg kan fodre aenderne selv",
            "at jeg kan fodre ænderne selv",
        ),
    ],
)
def test_a_second_sign_of_its_own_is_kept_past_max_words(measure, end):
    assert get_analyzer().analyze(measure, today=TODAY).extras["criterion"].endswith(end)


def test_a_long_sign_without_a_second_one_is_still_cut():
    measure = (
        "at jeg kan gå fra bussen og ned ad den lange sti til søen og op igen og sidde på bænken "
        "ved vandet en halv time og snakke med de andre og drikke kaffe og at jeg kan fodre ænderne"
    )
    assert "ænderne" not in get_analyzer().analyze(measure, today=TODAY).extras["criterion"]
