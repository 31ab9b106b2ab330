"""Fix round 46 (fC): what a relative says the citizen misses ("han savner hestene og de gamle
staldfolk") is the object of "savner", no verb phrase; a later wish with its own verb in the same
answer ("han vil så gerne ud og se travløb igen …", "hun drømmer om at …") is the wish, not lost
with it (nlp/clauses.py own_action_tokens). Mends Viggo (blind152_genbo_jonna_om_viggo)."""

from __future__ import annotations

from datetime import date

import pytest
from engine_support import CONTENT, answered_until, card, go

from assistant.dialogs.engine import new_state, start
from assistant.nlp import analyze
from assistant.nlp.compose import compose

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "wish"),
    [
        ("Hun savner sine veninder og kortene. Hun vil saa gerne ud og spille whist i klubben "
         "igen om tirsdagen.", "ud og spille whist i klubben igen"),
        ("Far savner sine duer og kolonihaven. Han vil gerne ud og passe duerne igen.",
         "ud og passe duerne igen"),
        ("øh ja han savner bilen og værkstedet, han vil så gerne ud og skrue på sin gamle "
         "knallert igen", "ud og skrue på sin gamle knallert igen"),
        ("Mor savner haven og blomsterne. Hun drømmer om at plante tulipaner i sine krukker igen "
         "til foråret.", "plante tulipaner i sine krukker igen"),
        ("Han savner hunden og skoven. Han drømmer om at gå tur med hunden i skoven igen.",
         "gå tur med hunden i skoven igen"),
        ("min mand savner sin båd og havnen, han vil så gerne ned og fiske fra molen igen",
         "ned og fiske fra molen igen"),
        ("Hun savner kollegerne og kantinen, altså. Hun vil gerne hen og spise frokost med dem "
         "igen.", "hen og spise frokost med dem igen"),
        ("han savner naboerne og kortklubben og han vil saa gerne spille kort igen",
         "spille kort igen"),
        ("jeg savner mine veninder og kortene. jeg vil gerne ud og spille whist igen",
         "ud og spille whist igen"),  # the citizen's own
    ],
)  # fmt: skip
def test_a_wish_after_what_is_missed_is_the_wish(said, wish):
    assert analyze(said, TODAY).extras.get("action") == wish


@pytest.mark.parametrize(
    ("said", "wish"),
    [
        ("Hun savner børnebørnene.", None),  # a missed person alone names no doing
        ("han savner hestene og de gamle staldfolk", None),
        ("hun savner at synge i koret", "synge i koret"),  # "savner at" + verb is a wish
        ("han savner at svømme i havet, altså om sommeren", "svømme i havet"),
    ],
)
def test_what_is_missed_alone_stays_as_before(said, wish):
    assert analyze(said, TODAY).extras.get("action") == wish


def _relative_goal(answers: dict) -> tuple[dict, str]:
    turn = start(CONTENT, new_state(CONTENT, today=TODAY))
    turn = go(turn, card("paaroerende"), card("ja"))
    turn = answered_until(turn, answers, "confirm")
    slots = turn.state.slots
    return slots, compose({**slots, "speaker": "relative"}, CONTENT.goals)[0]


def test_a_neighbours_third_person_wish_is_the_goal_not_the_measure():
    slots, goal = _relative_goal(
        {
            "about": "Viggo, min genbo",
            "wish": "Han har gået i kortklubben hver torsdag i 40 år. Han savner kortene og "
            "de gamle venner. Han vil så gerne ud og spille kort i klubben igen om torsdagen.",
            "measure": "At han selv kan gå fra bussen og ind i klubben og sidde hele aftenen.",
        }
    )
    assert slots.get("own_action", "").startswith("ud og spille kort i klubben"), slots
    assert "spille kort i klubben" in goal and "han" not in goal.split(), goal
