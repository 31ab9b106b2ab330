"""Where the one speaking works (fix round 35, blind73): "Jeg er natte vagt i hjemmeplejen",
"jeg arbejder i hjemmeplejen" say the speaker's workplace, as "jeg er fra hjemmeplejen" does:
nobody of the goal's network is named. The home care said as a helper, or someone else's
workplace, is still named."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    "text",
    [
        "jeg arbejder i hjemmeplejen og en af mine borgere hr Jensen vil gerne kunne tage sine"
        " stroemper paa selv",
        "Jeg er aften vagt i hjemmeplejen. Fru Berg vil gerne selv kunne smøre sin mad igen.",
        "øh jeg er hjemmehjælper i hjemmeplejen ikk og hr Nielsen han vil gerne kunne gå ud med"
        " skraldet selv",
        "jeg har arbejdet i hjemmeplejen i mange år og fru Larsen vil gerne selv kunne gå i bad"
        " med badestolen",
    ],
)
def test_the_speakers_workplace_names_nobody(text):
    assert "hjemmepleje" not in analyze(text, TODAY).people


@pytest.mark.parametrize(
    "text",
    [
        "mor vil gerne have hjemmeplejen til at hjælpe hende i bad",
        "min datter arbejder i hjemmeplejen og hun siger jeg skal træne benene",
    ],
)
def test_the_home_care_said_otherwise_stays_named(text):
    assert "hjemmepleje" in analyze(text, TODAY).people
