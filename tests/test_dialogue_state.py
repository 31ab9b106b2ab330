"""The typed dialogue state: states stored by the code before it load and go on unchanged."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from conftest import understand

from assistant.dialogs.engine import advance, new_state, render, start
from assistant.dialogs.models import Answer
from assistant.dialogs.state import REFUSED_KEYS, DialogueState, Status

TODAY = date(2026, 11, 22)
STORED = Path(__file__).parent / "da" / "state"  # written by the engine of commit b729fea


def stored(name: str) -> dict:
    """A state as the dict-based engine stored it (a relative, up to the motivation step)."""
    return json.loads((STORED / name).read_text(encoding="utf-8"))


def test_a_state_stored_by_the_old_code_loads_with_every_value():
    old = stored("stored_v1.json")
    state = DialogueState.from_json(old)
    assert state.step == "motivation" and state.status is Status.ACTIVE
    assert state.speaker == "relative" and state.slots["activity"] == "trapper"
    assert state.difficulty_activity == "trapper" and len(state.history) == len(old["history"])
    assert state.to_json() == old  # the JSON format is the same: nothing lost, nothing added


def test_an_old_state_goes_on_where_it_stopped(content):
    old = stored("stored_v1.json")
    assert render(old, content, TODAY).slot == "motivation"
    turn = advance(
        old, Answer("text", "saa hun kan besoege sin datter"), content, TODAY, understand=understand
    )
    assert turn.slot != "motivation" and "motivation" in turn.state.answered
    assert turn.state.transcript[: len(old["transcript"])] == old["transcript"]
    back = advance(turn.state.to_json(), Answer("action", "undo"), content, TODAY,
                   understand=understand)  # fmt: skip
    assert back.slot == "motivation" and back.state.slots == old["slots"]


def test_an_old_refused_state_stays_only_the_refusal(content):
    old = stored("stored_v1_refused.json")
    state = DialogueState.from_json(old)
    assert state.status is Status.REFUSED and state.reason == "refused"
    assert set(state.to_json()) <= set(REFUSED_KEYS)
    assert "transcript" not in state and state.get("slots") is None
    turn = advance(old, Answer("text", "jo jeg vil godt alligevel"), content, TODAY,
                   understand=understand)  # fmt: skip
    assert turn.refused and turn.state.to_json() == state.to_json()


def test_unknown_keys_are_dropped_and_wrong_types_replaced_by_defaults():
    old = stored("stored_v1.json")
    old.update(colour="blaa", paused="ja", failures=[1], slots=None)
    state = DialogueState.from_json(old)
    data = state.to_json()
    assert "colour" not in data and "colour" not in state
    assert state.paused is False and state.failures == {} and state.slots == {}
    assert DialogueState.from_json("not a state").to_json() == DialogueState().to_json()


def test_the_engine_never_changes_the_state_it_is_given(content):
    turn = start(content, new_state(content, today=TODAY))
    before = turn.state.to_json()
    after = advance(turn.state, Answer("card", "borger"), content, TODAY, understand=understand)
    assert turn.state.to_json() == before and after.state.step != before["step"]
    assert after.state.speaker == "citizen" and turn.state.speaker is None


def test_reading_by_key_follows_the_json_view():
    state = DialogueState(status=Status.DONE, step="done")
    assert state["status"] == "done" and isinstance(state.to_json()["status"], str)
    assert "subgoal_edit" not in state and state.get("subgoal_edit", 7) == 7
    state.subgoal_edit = 1
    assert state["subgoal_edit"] == 1 and state.to_json()["subgoal_edit"] == 1
    assert json.loads(json.dumps(state.to_json())) == state.to_json()
