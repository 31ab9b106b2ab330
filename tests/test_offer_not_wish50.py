"""Fix round 50 (fB): another's offer is no wish of the citizen's. "min søn vil gerne køre mig til
lægen" told of everyday life became the goal ("Jeg vil kunne køre mig til lægen og min datter
handler for mig") and the wish question was never asked; "nej, min datter vil gerne køre mig,
så skriv hende på" on the summary turned the goal into "køre mig". A verb phrase that holds the
one speaking ("mig") after a will whose subject is someone else is what that person offers
(dialogs/offered_deed.py, dialogue.yaml `offered_deed_*`): no activity, no words of the goal,
no dream. The citizen's own will ("jeg vil gerne have …", "jeg vil klæde mig på") and a
relative's "hun vil gerne …" (the citizen's) stay wishes."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, TODAY, answered_until, as_citizen, at_summary, card, go

from assistant.dialogs.engine import new_state, start

PICKLEBALL = {
    "wish": "jeg vil gerne spille pickleball med holdet i hallen igen",
    "motivation": "fordi det er sjovt",
    "measure": "at jeg kan spille tre kampe i traek",
    "frequency": "to gange om ugen",
    "deadline": "til paaske",
    "people": "min veninde Kirsten henter mig",
}


@pytest.mark.parametrize(
    "everyday",
    [
        "min søn vil gerne køre mig til lægen og min datter handler for mig",
        "øh naboen vil gerne hente mig i bilen når jeg skal til frisøren",
        "min svigerdatter ville give mig en ipad til jul men den har jeg ikke prøvet",
        "kommunen vil gerne sende mig paa et kursus om min diabetes",
        "min datter vil saa gerne hjaelpe mig med indkoebene om fredagen",
    ],
)
def test_an_offer_told_of_everyday_life_is_no_wish(everyday):
    turn = answered_until(as_citizen(), {"everyday": everyday}, "wish")
    assert turn.slot == "wish"
    assert not turn.state.slots.get("own_action"), turn.state.slots.get("own_action")
    assert not turn.state.dreams, turn.state.dreams


@pytest.mark.parametrize(
    "everyday",
    [
        "jeg vil gerne kunne køre mig selv til lægen igen",
        "og så vil jeg gerne selv kunne klæde mig på om morgenen",
        # a thing's will is no one's offer (the review of round 50)
        "det vil gøre mig glad at kunne gå tur med hunden igen",
    ],
)
def test_the_citizens_own_will_told_of_everyday_life_stays_a_wish(everyday):
    turn = answered_until(as_citizen(), {"everyday": everyday}, "motivation")
    assert turn.state.slots.get("own_action"), turn.state.slots


@pytest.mark.parametrize(
    "correction",
    [
        "nej, min datter vil gerne køre mig, så skriv hende på",
        "nej naboen vil gerne hente mig i bilen, skriv ham på i stedet for Kirsten",
        "nej min søn vil gerne lære mig at bruge en app til at booke banen",
        "nej altsaa traeneren vil gerne hjaelpe mig med at finde en makker",
    ],
)
def test_an_offer_said_on_the_summary_keeps_the_wish(correction):
    summary = at_summary(PICKLEBALL)
    turn = go(summary, correction)
    slots = turn.state.slots
    assert slots["own_action"] == summary.state.slots["own_action"], slots["own_action"]
    assert slots["activity"] == summary.state.slots["activity"]


@pytest.mark.parametrize(
    ("wish", "words"),
    [
        ("Min datter ville give mig en iPad. Men jeg vil gerne kunne læse avisen igen",
         "læse avisen"),
        ("naboen vil gerne køre mig, men jeg vil selv kunne cykle til svømning", "cykle"),
        ("kommunen vil have mig til at gaa til traening, men jeg vil gerne kunne gaa ned til "
         "havnen selv", "havnen"),
    ],
)  # fmt: skip
def test_the_citizens_wish_after_an_offer_is_the_goal(wish, words):
    turn = answered_until(as_citizen(), {"wish": wish}, "confirm")
    assert words in turn.goal_text, turn.goal_text


@pytest.mark.parametrize(
    "wish",
    ["Naboen vil gerne køre mig til svømning om onsdagen",
     "min datter ville give mig et kort til svømmehallen"],
)  # fmt: skip
def test_an_offer_alone_to_the_wish_question_asks_the_activity(wish):
    turn = answered_until(as_citizen(), {"wish": wish}, "activity")
    turn = answered_until(go(turn, card("styrke_og_motion")), {}, "confirm")
    assert "mig til" not in turn.goal_text and "give mig" not in turn.goal_text, turn.goal_text


def test_a_relatives_she_wishes_for_the_citizen():
    turn = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card("paaroerende"), card("ja"))
    answers = {"about": "min mor", "wish": "hun vil så gerne lære mig at spille kabale igen"}
    turn = answered_until(turn, answers, "motivation")
    assert turn.state.slots.get("activity"), turn.state.slots
