"""The back/undo history kept as deltas: the same snapshots as whole copies, in far fewer bytes."""

from __future__ import annotations

import json
from datetime import date

from conftest import understand

from assistant.dialogs import history
from assistant.dialogs.engine import _HISTORY, advance, new_state, start
from assistant.dialogs.models import Answer
from assistant.dialogs.state import DialogueState

TODAY = date(2026, 11, 22)
SAID = {
    "everyday": "øh jeg kan selv lave kaffe og læse avis ik",
    "difficulties": "altså det er svært at gå paa trapper",
    "wish": "jeg vil gerne kunne gaa på trapper igen saa jeg kan besøge min datter",
    "motivation": "saa jeg kan besoege min datter",
    "measure": "to etager",
    "frequency": "to gange om ugen",
    "deadline": "inden jul",
    "people": "min datter hun hjælper",
}


def _answer(turn) -> Answer:
    ids = [c.id for c in turn.cards]
    if turn.slot in SAID:
        return Answer("text", SAID[turn.slot])
    for wanted in ("borger", "ja", "selv", "5"):
        if wanted in ids:
            return Answer("card", wanted)
    return Answer("card", ids[0]) if ids else Answer("text", "ved ikke")


def test_every_delta_resolves_to_the_whole_snapshot_of_its_turn(content):
    turn = start(content, new_state(content, today=TODAY, mode="text"))
    expected = []
    for i in range(40):
        if turn.done or turn.refused or turn.rejected:
            break
        expected.append(turn.state.snapshot())
        stored = json.loads(json.dumps(turn.state.to_json()))  # through storage, as the web does
        turn = advance(stored, _answer(turn), content, TODAY, now=f"2026-11-22T10:{i:02d}:00",
                       understand=understand)  # fmt: skip
        assert history.resolved(turn.state.history) == expected[-_HISTORY:]
    assert len(expected) > 12 and turn.done
    whole = len(json.dumps(expected[-_HISTORY:], ensure_ascii=False))
    assert len(json.dumps(turn.state.history, ensure_ascii=False)) < whole / 2


def test_undo_walks_back_through_the_deltas_one_answer_at_a_time(content):
    turn = start(content, new_state(content, today=TODAY, mode="text"))
    states = []
    for _ in range(8):
        states.append(turn.state.snapshot())
        turn = advance(turn.state, _answer(turn), content, TODAY, understand=understand)
    for earlier in reversed(states):
        turn = advance(turn.state, Answer("action", "undo"), content, TODAY, understand=understand)
        now = turn.state.snapshot()
        assert now["slots"] == earlier["slots"] and now["answered"] == earlier["answered"]
        assert turn.slot == earlier["step"]


def test_a_list_of_whole_snapshots_stored_by_older_code_still_resolves():
    old = [{"step": "who", "slots": {}}, {"step": "consent", "slots": {"who": "citizen"}}]
    state = DialogueState(history=[dict(s) for s in old])
    state.step, state.slots = "everyday", {"who": "citizen", "consent": True}
    state.push_history(30)
    assert history.resolved(state.history)[:2] == old
    assert state.last_history()["slots"] == {"who": "citizen", "consent": True}
    assert state.pop_history()["step"] == "everyday" and state.pop_history() == old[1]


def test_the_cap_keeps_the_newest_snapshots_and_the_first_kept_one_whole():
    state = DialogueState()
    for n in range(7):
        state.step, state.slots = f"s{n}", {"n": n, "fixed": "x"}
        state.push_history(3)
    assert [s["step"] for s in history.resolved(state.history)] == ["s4", "s5", "s6"]
    assert history.DELTA not in state.history[0] and history.DELTA in state.history[1]
    assert state.last_history()["slots"] == {"n": 6, "fixed": "x"}


def test_a_removed_fact_stays_removed_after_resolving():
    state = DialogueState(slots={"activity": "trapper", "deadline": "2026-12-24"})
    state.push_history(30)
    del state.slots["deadline"]
    state.push_history(30)
    assert state.last_history()["slots"] == {"activity": "trapper"}
    assert history.resolved(state.history)[0]["slots"]["deadline"] == "2026-12-24"
