"""A level said as a grade noun ("en toer", "sådan en treer", "vel en firer") is the level
wherever it stands in the answer, other numbers and quantities beside it ("et par rækker", "de
200 meter", "tre trin") aside; a number said first before dialect talk ("to a ka int …") is read
as the dialect is spelled. Through the real engine and on the scale reader alone."""

from __future__ import annotations

import pytest
from test_engine_hedge import at_step, go, text

from assistant.dialogs.cards import scale_value

WALK = "jeg vil gerne selv gaa ned til brugsen igen"


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("Puha, vel en firer, jeg har kunnet gå to gange rundt om søen", 4),
        ("hmm det er nok en toer min kone siger jeg kun kan klare tre trin", 2),
        ("hun er vel paa en toer hun kan kun holde koppen et par minutter", 2),
        ("han ligger paa en treer vil jeg sige han kan godt gaa de 200 meter til postkassen", 3),
        ("a vil sige en firer a ka godt klare det meste selv", 4),
        ("Åh, en ener. Jeg har ikke strikket en eneste pind i to år.", 1),
        ("nåh, det må blive en femmer, jeg cykler allerede 10 km om dagen", 5),
        ("Tja. Vel en treer. Min mand siger to, men jeg kan godt gå et stykke.", 3),
        ("det ligger paa en toer for tiden, ham har kun gaaet 3 gange med stokken", 2),
    ],
)
def test_a_grade_said_beside_other_quantities_is_the_scale_value(content, said, value):
    assert scale_value(said, content.dialogue) == value


@pytest.mark.parametrize(
    "said",
    [
        "det var en treer før nu er det en toer",  # two grades: asked again
        "den anden dag faldt jeg på trappen",
        "jeg kan gaa et par hundrede meter og saa to trin",
    ],
)
def test_no_grade_or_two_grades_give_no_scale_value(content, said):
    assert scale_value(said, content.dialogue) is None


@pytest.mark.parametrize(
    ("said", "level"),
    [
        ("øh en treer vel a ka godt gaa te æ kirke men int længere", 3),
        ("Åh, en toer. Jeg kan kun et par skridt, så skal jeg hvile mig.", 2),
        ("øh to a ka int gaa mer end et par meter", 2),
        ("tre vel a ka godt gaa te æ brugs men int hjem igen", 3),
        ("hun er paa en ener hun har ikke vaeret ude i tre uger", 1),
    ],
)
def test_a_level_said_as_a_grade_or_in_dialect_is_the_level(content, said, level):
    turn = go(at_step(content, WALK, "current_level"), content, text(said))
    assert turn.slot != "current_level"  # understood at once
    assert turn.state["slots"]["current_level"] == level
