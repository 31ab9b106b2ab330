"""What the engine takes and gives: an Answer in, a Turn out (the dialogue itself is content).

The dialogue data (steps, cards, texts) is parsed by assistant.content.dialogue; its classes are
re-exported here for the engine's callers.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.content.dialogue import (
    ACTIONS,
    KINDS,
    SLOTS,
    Card,
    Dialogue,
    Step,
)
from assistant.dialogs.state import DialogueState

__all__ = ["ACTIONS", "KINDS", "SLOTS", "Answer", "Card", "Dialogue", "Step", "Turn"]


@dataclass(frozen=True)
class Answer:
    """One answer to the current turn.

    kind: "text" | "speech" | "card" | "action"; value: the text, the card id, or the action
    ("back", "undo", "pause", "resume", "send"); said_by: "citizen" | "relative" | "staff", or
    None for whoever currently holds the screen (the `who` answer, or the citizen after hand-over).
    """

    kind: str
    value: str = ""
    said_by: str | None = None


@dataclass(frozen=True)
class Turn:
    """What the citizen sees next; `state` is the NEW state to store (`state.to_json()`).

    slot: the step id being asked ("who" … "confirm", plus "difficulties", "handover",
    "change"), or "done" / "refused" at the end. cards: in display order (`choose_index` uses
    it). accepts: the input kinds offered ("text", "speech", "cards"). progress: (n, total
    estimate). draft: the spec draft when done. notice: a hand-over request, what was
    understood from an answer, or the pause message. goal_text: the goal sentence on the
    confirm step (for `data-goal`). details: extra lines to show (e.g. the suggested sub-goals).
    """

    state: DialogueState
    slot: str
    prompt: str
    cards: tuple[Card, ...] = ()
    accepts: frozenset = frozenset({"text", "speech", "cards"})
    reprompt: bool = False
    cards_only: bool = False
    progress: tuple[int, int] = (0, 0)
    done: bool = False
    refused: bool = False
    rejected: bool = False  # the citizen said no to the goal and stopped: nothing is sent
    draft: dict | None = None
    notice: str | None = None
    goal_text: str | None = None
    details: tuple[str, ...] = ()
    paused: bool = False
    heading: str | None = None  # a title instead of the page's own (the proposal to a helper)
    facts: dict | None = None  # what the NLP found in the answer just given (spec/analyze.md)
