"""A "nej" on the summary that turns the goal's day down, tells why, and then asserts the new day
("Nej, ikke lørdag. Om lørdagen kører vi til min søster. Det skal være torsdag."): the day said
again in the reason is no value, the day after "det skal være", "men", "så bliver det" is. New
sentences of round 42, through the real engine and content."""

from __future__ import annotations

import pytest
from engine_support import at_summary
from engine_support import go as answer

from assistant.content import get_content
from assistant.dialogs.kept_day import kept_day

SATURDAY = {
    "wish": "jeg vil gerne kunne gå en tur i parken igen",
    "measure": "500 meter",
    "frequency": "hver lørdag eftermiddag",
    "deadline": "til påske",
    "independence": "med min stok",
    "people": "min datter",
}
WEEKLY = {"times": 1, "per": "week", "every": 1}
CONTENT = get_content("da")


@pytest.mark.parametrize(
    ("said", "day"),
    [
        (
            "Nej, det er ikke lørdag. Om lørdagen er vi altid ude ved min datter. Det skal være"
            " onsdag eftermiddag.",
            "onsdag eftermiddag",
        ),
        (
            "nej ikke lørdag, om lørdagen kommer hjemmeplejen sent. det må hellere være fredag",
            "fredag",
        ),
        ("nej nej ikke om lørdagen der har jeg bankospil, men tirsdag", "tirsdag"),
        (
            "nej ikke lordag, lordag kommer mit barnebarn paa besog. det skal vaere mandag",
            "mandag",
        ),
        (
            "nej min mor siger ikke om lørdagen, hendes søster kommer om lørdagen, så bliver det"
            " torsdag",
            "torsdag",
        ),
        ("nej ikke lørdag. lørdag jeg går til frisør. torsdag er bedre", "torsdag"),
    ],
)
def test_the_day_asserted_after_a_reason_is_the_new_day(said, day):
    turn = answer(at_summary(SATURDAY), said)
    assert turn.slot == "confirm", turn.prompt
    slots = turn.state["slots"]
    assert slots["frequency"] == WEEKLY, slots["frequency"]
    assert day in turn.goal_text and "lørdag" not in turn.goal_text, turn.goal_text
    assert slots["measures"] == [{"value": 500, "unit": "meter"}]


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        # the day turned down said again in the reason, no new one: nothing kept
        ("nej ikke lørdag. om lørdagen er vi i sommerhuset", None),
        ("Nej, det er ikke lørdag. Lørdag kører vi til Faxe.", None),
        # a plain no with one new day keeps reading as before
        ("nej, ikke om søndagen, lørdag", "hver lørdag"),
        ("nej ikke lørdag, kun lørdag formiddag", "hver lørdag formiddag"),
        # no day turned down: "men" and "være" assert nothing
        ("ja men torsdag er også fint", None),
        ("det skal være torsdag", None),
    ],
)
def test_a_kept_day_is_never_the_one_turned_down(said, kept):
    assert kept_day(said, CONTENT.dialogue, CONTENT.lexicon) == kept


def test_a_yes_with_a_day_in_its_remark_keeps_the_goals_day():
    turn = answer(at_summary(SATURDAY), "ja, om lørdagen har jeg god tid")
    assert turn.state["slots"]["frequency"] == WEEKLY
    assert "lørdag" in (turn.goal_text or turn.draft["goal"]["text"])
