"""A long polite yes to consent that tells a clause with a question word ("så jeg ved godt, hvad
det går ud på") is a yes, not a question asked back (blind155 Frida got no draft); a real
question back is still asked about. Through the real engine and content."""

from __future__ import annotations

import pytest
from test_engine_consent import answer, at_consent

YES_TOLD = [
    "Ja, det må De gerne. Jeg har jo selv skrevet mange elevplaner i sin tid, så jeg ved godt, "
    "hvad det går ud på.",
    "ja det maa i gerne. min datter har forklaret mig, hvad det er",
    "Ja det er i orden. Jeg ved godt, hvem der læser det.",
    "jo da det er fint, jeg har læst, hvad I skriver om det",
    "øh ja det må du godt, sygeplejersken har sagt, hvorfor I gør det",
    "Ja, selvfølgelig. Jeg ved, hvordan det foregår, min mand var med sidste år.",
    "Ja, det må I gerne. Min søn har været her, så jeg ved, hvad det handler om.",
    "jo det maa du godt. pigen fra kommunen sagde, hvem der ser det, saa det er fint",
]
ASKED_BACK = [
    "hvad skal kommunen bruge det til? og hvem læser det",
    "hvem ser det",
    "hvad skal i bruge det til",
    "hvorfor skal I gemme det",
]


@pytest.mark.parametrize("said", YES_TOLD)
def test_a_yes_telling_a_clause_with_a_question_word_is_a_yes(said):
    turn = answer(at_consent(), said)
    assert turn.slot == "everyday" and not turn.refused


@pytest.mark.parametrize("said", ASKED_BACK)
def test_a_question_asked_back_is_still_asked_about(said):
    turn = answer(at_consent(), said)
    assert turn.slot == "consent" and not turn.refused
