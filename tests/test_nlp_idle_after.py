"""A story's duration is no measure of the goal (fix round 29, blind64): a time followed by "og"
and a verb of searching, waiting or resting ("går rundt en time og leder") is the time the
trouble costs today, as "leder en time" already was; a level told ("kan gå en halv time og så må
jeg hvile") and a wished time stay measures."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Jeg glemmer hvor jeg stiller cyklen. Jeg går rundt en halv time og leder.",
        "mor glemmer hvor hun har lagt sine briller og går en halv time og leder efter dem",
        "han sidder en time og venter på flextrafik hver gang, han vil gerne selv kunne tage"
        " bussen",
        "øh far står tyve minutter og venter ved døren når hjemmeplejen er forsinket ikk",
        "jeg glemmer mine nøgler og så går jeg et kvarter og leder i hele huset",
    ],
)
def test_a_time_lost_searching_or_waiting_is_no_measure(text):
    assert analyze(text, TODAY).measures == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("jeg kan gå en halv time og så må jeg hvile mig", 0.5),
        ("jeg vil gerne kunne gå en time og så hvile", 1.0),
        ("jeg kan kun gå ti minutter og så må jeg sætte mig", 10.0),
    ],
)
def test_a_level_told_or_wished_stays_a_measure(text, value):
    assert [m.value for m in analyze(text, TODAY).measures] == [value]
