"""Fix round 54, review #1: a no said without a verb after "ikke" ("stokken slet ikke, …",
"rollatoren gider jeg ikke, …") refuses the aid only right after it (aid_rejected_next of
independence.yaml); a need told after the aid ("uden rollatoren kan jeg slet ikke", "ellers
orker jeg ikke", "uden den vil jeg ikke") keeps it."""

from datetime import date

import pytest
from conftest import understand
from engine_support import at_summary

TODAY = date(2026, 12, 7)


def _aids(text: str) -> list[str]:
    return list(understand(text, TODAY).aids or [])


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("Jeg vil gerne gå ned til købmanden igen. Uden rollatoren kan jeg slet ikke.", "rollator"),
        ("Jeg vil gerne kunne gå tur i skoven med stokken, ellers orker jeg ikke.", "stok"),
        ("jeg vil gerne gå til bageren med min rollator, uden den vil jeg ikke.", "rollator"),
        ("Jeg vil gerne gå tur med rollatoren, jeg har slet ikke.", "rollator"),
        (
            "øh jeg vil gerne gaa til brugsen med rollatoren, uden den kan jeg bestemt ikke",
            "rollator",
        ),
        ("min mor vil gerne gå i kirke med stokken, ellers gider hun ikke.", "stok"),
    ],
)
def test_a_need_told_after_the_aid_keeps_it(said, aid):
    assert aid in _aids(said)


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("Jeg vil gerne gå tur. Stokken slet ikke, jeg bruger rollatoren.", "stok"),
        ("Jeg vil gerne gå tur. Rollatoren gider jeg ikke, stok er fint.", "rollator"),
        ("Jeg vil gerne gå tur. Rollatoren, nej, slet ikke, jeg har min stok.", "rollator"),
    ],
)
def test_a_no_right_after_the_aid_still_refuses_it(said, aid):
    assert aid not in _aids(said)


SHOP = {
    "wish": "jeg vil gerne gå ned til købmanden og handle selv igen",
    "measure": "to gange om ugen",
    "deadline": "til jul",
}


@pytest.mark.parametrize(
    "said", ["Rollatoren, ellers orker jeg ikke.", "rollatoren, uden den kan jeg slet ikke"]
)
def test_the_goal_keeps_an_aid_told_as_a_need(said):
    turn = at_summary({**SHOP, "independence": said})
    assert "rollator" in turn.goal_text, turn.goal_text
