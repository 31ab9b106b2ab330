"""A wish in fragments whose verb names the activity (round 42, blind144 Dorthea "fortov. feje.
selv. igen."): the verb decides, the other pieces are its object or place ("fortov" alone
reads as walking), so the activity cards are not asked, and a surface of the home said bare is
written definite ("feje fortovet"). Pieces that name different activities with no verb naming
either still offer the cards ("posten. selv hente. ude ved vejen").
Through the real engine."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand
from engine_support import answered_until, as_citizen
from engine_support import go as answer

TODAY = date(2026, 12, 6)


def _after_wish(wish: str):
    return answer(answered_until(as_citizen(), {}, "wish"), wish)


@pytest.mark.parametrize(
    ("wish", "activity"),
    [
        ("fortov. feje. selv. igen.", "rengoering"),
        ("fortovet. feje. foran huset", "rengoering"),
        ("fortov. feje", "rengoering"),
        ("kirken. synge. igen", "fritid"),
        ("stranden. male. igen.", "fritid"),
        ("Fortov. Feje. Selv.", "rengoering"),
        ("kirken. synge. med koret", "fritid"),
    ],
)
def test_the_verb_piece_decides_the_activity(wish, activity):
    turn = _after_wish(wish)
    assert turn.state.slots.get("activity") == activity, turn.state.slots.get("activity")
    assert turn.slot != "activity", turn.prompt


def test_pieces_with_no_deciding_verb_still_offer_the_cards():
    turn = _after_wish("posten. selv hente. ude ved vejen")
    assert turn.slot == "activity", turn.slot
    assert not turn.state.slots.get("activity")


@pytest.mark.parametrize(
    ("wish", "action"),
    [
        ("fortov. feje. selv. igen.", "feje fortovet igen"),
        ("gulv. vaske", "vaske gulvet"),
        ("terrasse. feje. igen", "feje terrassen igen"),
        ("loft. male. igen", "male loftet igen"),
    ],
)
def test_a_surface_of_the_home_said_bare_is_written_definite(wish, action):
    """ "fortov. feje.": her own pavement, "feje fortovet", as a therapist writes it."""
    assert (understand(wish, TODAY).extras or {}).get("action") == action


@pytest.mark.parametrize(
    ("wish", "action"),
    [
        ("computer. bruge", "bruge computer"),
        ("rugbrød. bage. igen", "bage rugbrød igen"),
        ("kød. skære. selv", "skære kød"),
        ("fortovet. feje", "feje fortovet"),
    ],
)
def test_any_other_thing_said_bare_stays_as_said(wish, action):
    assert (understand(wish, TODAY).extras or {}).get("action") == action
