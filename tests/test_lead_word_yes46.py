"""A clear yes to the goal after a short lead that says nothing of its own ("Igen, ja, det er mit
mål. Köszönöm.": the Hungarian yes, a Danish "again") confirms it (fix round 46, fD; blind152
Ferenc was asked three times); a "nej" right after the yes, "det er det ikke", a doubt or a
change still never confirm. Through the real engine."""

from __future__ import annotations

import pytest
from engine_support import go as answer
from test_engine_change import at_summary
from test_engine_confirm import DRESS


def _confirmed(turn) -> bool:
    return bool(turn.done and turn.draft["citizen_confirmed"] is True)


@pytest.mark.parametrize(
    "said",
    [
        "Igen, ja, det er mit mål. Köszönöm.",
        "Igen, det er mit mål.",
        "igen igen. ja det er fint",
        "nu så, ja det er rigtigt",
        "Igen. Ja tak, det er mit maal",  # no æøå
        "Evet, igen, ja det passer",
        "ja, det er mit mål. Köszönöm.",
    ],
)
def test_a_yes_after_an_empty_lead_confirms_the_goal(said):
    assert _confirmed(answer(at_summary(DRESS), said))


@pytest.mark.parametrize(
    "said",
    [
        "ja nej det er det ikke",  # the yes taken back at once
        "ja nej det er fint",  # a no right after the yes: asked what to change
        "jo men ikke helt",  # a doubt of degree, no thing refused
        "ja men ikke rigtig",
        "ja, men ikke længere",
        "ja, men jeg vil hellere gå til svømning",  # a correction
        "Igen, ja, men ikke hver dag",
        "Måske, ja det er mit mål",  # a doubt before the yes
        "Ikke, ja",
        "Igen. Nej.",
        "Igen",
        "det er det ikke",
    ],
)
def test_a_no_a_doubt_or_a_change_never_confirms(said):
    assert not _confirmed(answer(at_summary(DRESS), said))


@pytest.mark.parametrize("said", ["ja nej det er det ikke", "det er det sgu ikke"])
def test_the_answer_denied_in_its_own_words_is_a_no(said):
    turn = answer(at_summary(DRESS), said)
    assert not _confirmed(turn)
    assert turn.slot != "confirm" or turn.state.get("changing")
