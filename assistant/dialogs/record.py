"""What storage keeps of one answer: the one mapping from (question, answer, next turn) to a record.

The web view, `assistant chat` and the dialogue benchmark all store an answer through
`storage.sessions.record_answer(db, session_id, answer_record(asked, answer, turn))`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.dialogs.models import Answer, Turn
from assistant.dialogs.state import DialogueState, Status

#: The turns table's input kind of each answer kind.
INPUT_KINDS = {"text": "text", "speech": "speech", "card": "picture", "action": "action"}


@dataclass(frozen=True)
class AnswerRecord:
    """One answer as stored: its turn row (unless it was an action), the new state, the close."""

    state: DialogueState
    saves_turn: bool  # False for back / undo / pause: only the state changes
    slot: str | None
    raw: str | None
    input_kind: str
    said_by: str | None
    facts: dict[str, Any] | None
    status: str | None  # the session status it closes with ("refused", "rejected"), or None
    draft: dict[str, Any] | None  # when the dialogue is done


def closing_status(turn: Turn) -> Status | None:
    """Return the session status a turn closes the dialogue with (refused, rejected), or None."""
    if turn.refused:
        return Status.REFUSED
    return Status.REJECTED if turn.rejected else None


def keeps_answer(turn: Turn) -> bool:
    """False when the answer just given must not be stored (consent stayed unclear: it ended)."""
    return not (turn.refused and turn.state.reason == "consent_unclear")


def answer_record(asked: Turn, answer: Answer, turn: Turn) -> AnswerRecord:
    """Return what to store for `answer`, given to the question `asked`, that led to `turn`.

    Nothing said is kept when consent stayed unclear; who answered is what the engine wrote in
    the transcript, else (a refusal keeps no transcript) whoever held the screen. A typed or
    spoken answer is stored with what the engine understood ({} for nothing, e.g. junk).
    """
    kept = keeps_answer(turn)
    before = len(asked.state.transcript) if asked.state.status == Status.ACTIVE else 0
    grew = len(turn.state.transcript) > before
    said_by = (
        turn.state.transcript[-1].get("said_by")
        if grew
        else answer.said_by or asked.state.voice or "citizen"  # who held the screen, as the engine
    )
    return AnswerRecord(
        state=turn.state,
        saves_turn=answer.kind != "action",
        slot=asked.slot,
        raw=str(answer.value) if kept else None,
        input_kind=INPUT_KINDS.get(answer.kind, "text"),
        said_by=said_by,
        facts=(turn.facts or {}) if kept and answer.kind in ("text", "speech") else None,
        status=closing_status(turn),
        draft=turn.draft if turn.done else None,
    )
