"""The dialogue state: one typed record, stored as plain JSON (to_json / from_json).

The JSON is the format the engine stored before this class existed (a dict with one key per
field, "v": 1), so sessions stored by older code load unchanged. Keys the class does not declare
are DROPPED on load, deliberately: the engine is the only writer of the state and nothing reads
an undeclared key; a new key needs a field here. A value of the wrong type is replaced by the
field's default (a hand-edited or truncated state never crashes the engine).

Reading by key (`state["step"]`, `state.get("slots")`, `"transcript" in state`) still works for
templates and older callers; it reads the JSON view, so a refused state has only the refusal.
Writes go through the attributes.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from assistant.dialogs import history as _history
from assistant.dialogs.history import copied

VERSION = 1


class Status(StrEnum):
    """Where a dialogue stands: asking, done (a draft), refused (consent), rejected (the goal)."""

    ACTIVE = "active"
    DONE = "done"
    REFUSED = "refused"
    REJECTED = "rejected"


#: What a refused state keeps: only that (and why) the person refused, nothing said.
REFUSED_KEYS = (
    "reason",
    "v",
    "lang",
    "today",
    "mode",
    "channel",
    "draft_id",
    "status",
    "step",
    "refused_at",
)
#: Fields written to JSON only when set (older states do not have them).
OPTIONAL = (
    "citizen_name",
    "subgoal_edit",
    "reason",
    "refused_at",
    "goal_text",
    "revision",
    "change_hint",
    "inferred",
    "difficulty_said",
)


@dataclass
class DialogueState:
    """Everything the engine knows about one dialogue between two answers."""

    v: int = VERSION
    lang: str = "da"
    today: str = ""  # ISO date the dialogue is held on
    created: str = ""
    mode: str = "text"  # "text" | "pictures"
    channel: str = "web"
    course_weeks: int = 12
    draft_id: str | None = None
    status: Status = Status.ACTIVE
    step: str = ""  # the step asked now, or "done" / "refused" / "rejected"
    forced: str | None = None  # a step to ask next whatever is due (back, change, repeat)
    paused: bool = False
    speaker: str | None = None  # who started answering: "citizen" | "relative" | "staff"
    voice: str | None = None  # who holds the screen now (the citizen after hand-over)
    handover_done: bool = False
    proxy: bool = False  # the citizen cannot answer: a helper sees a proposal
    about: dict = field(default_factory=dict)  # whom a relative answers for
    slots: dict = field(default_factory=dict)  # the goal's facts (activity, measures, ...)
    answered: list = field(default_factory=list)  # step ids answered, in order
    failures: dict = field(default_factory=dict)  # step id → unusable answers in a row
    history: list = field(default_factory=list)  # snapshots (JSON, no transcript) for back/undo
    resources: list = field(default_factory=list)
    difficulties: list = field(default_factory=list)
    dreams: list = field(default_factory=list)
    difficulty_activity: str | None = None
    # the words that told it: None from a card, "" when too long to quote back
    difficulty_said: str | None = None
    offer_declined: bool = False
    subgoals: list | None = None
    subgoals_basis: str | None = None
    subgoals_accepted: bool = False
    subgoals_custom: bool = False
    subgoal_easier: int = 0
    subgoal_changes: int = 0
    changing: bool = False
    change_hint: str | None = None  # what a "nej" to the goal named ("ikke hver dag": frequency)
    confirmed: bool | None = None
    confirmed_by: str | None = None
    people_answered: bool = False
    # steps whose slot another answer filled ("…inden jul"): asked as "Du sagde … Passer det?"
    inferred: list | None = None
    notice: str | None = None
    shown_prompt: str | None = None
    transcript: list = field(default_factory=list)
    citizen_name: str | None = None  # from a personal link (web)
    subgoal_edit: int | None = None  # the sub-goal chosen on the summary to retype
    reason: str | None = None  # of a refused state: "refused" | "consent_unclear"
    refused_at: str | None = None
    goal_text: str | None = None  # a reopened returned draft's wording until the citizen changes it
    revision: int | None = None  # the draft version a reopened returned draft starts from

    def to_json(self, *, copy: bool = True, skip: tuple[str, ...] = ()) -> dict[str, Any]:
        """Return the state as plain JSON data (a refused state: only the refusal).

        With copy=False the data shares its lists and dicts with the state (to serialise it at
        once, not to keep); fields named in `skip` are left out.
        """
        refused = self.status == Status.REFUSED
        data = {}
        for name in _NAMES:
            if name in skip or (refused and name not in REFUSED_KEYS):
                continue
            value = getattr(self, name)
            if value is None and name in OPTIONAL:
                continue
            if name == "status":
                value = value.value
            data[name] = _copy(name, value) if copy else value
        if refused:
            return {k: data[k] for k in REFUSED_KEYS if k in data}
        return data

    def json_view(self) -> dict[str, Any]:
        """Return the JSON data sharing the state's lists and dicts (serialise it at once)."""
        return self.to_json(copy=False)

    @classmethod
    def from_json(cls, data: Any, *, copy: bool = True) -> DialogueState:
        """Return the state stored as `data` (see the module docstring); never raises.

        With copy=False the state shares its lists and dicts with `data` (to read, not change).
        """
        if isinstance(data, DialogueState):
            data = data.to_json(copy=False)  # copied once below
        if not isinstance(data, dict):
            data = {}
        values = {}
        for name, kind in _KINDS:
            if name not in data:
                continue
            value = data[name]
            if name == "status":
                value = value if value in Status._value2member_map_ else Status.ACTIVE
                values[name] = Status(value)
            elif kind is None or isinstance(value, kind):
                values[name] = _copy(name, value) if copy else value
        return cls(**values)

    def copy(self) -> DialogueState:
        """Return an independent copy (the engine never changes the state it was given)."""
        return DialogueState.from_json(self.to_json())

    def snapshot(self) -> dict[str, Any]:
        """Return the JSON of everything but the transcript and history (for back / undo)."""
        return self.to_json(skip=("transcript", "history"))

    def push_history(self, cap: int) -> None:
        """Add a snapshot of now to the history (as a delta), keeping at most `cap` entries."""
        self.history = _history.pushed(self.history, self.snapshot(), cap)

    def pop_history(self) -> dict[str, Any]:
        """Remove the newest history entry and return it as a whole snapshot (a copy)."""
        self.history, snap = _history.popped(self.history)
        return snap

    def last_history(self) -> dict[str, Any]:
        """Return the newest history entry as a whole snapshot (a copy)."""
        return _history.last(self.history)

    def restore(self, snapshot: dict[str, Any]) -> None:
        """Set every field from a snapshot, keeping the transcript and the history."""
        kept = {"transcript": self.transcript, "history": self.history}
        restored = DialogueState.from_json(snapshot)
        for f in dataclasses.fields(self):
            setattr(self, f.name, kept.get(f.name, getattr(restored, f.name)))

    def __getitem__(self, key: str) -> Any:
        """Read one key of the JSON view (KeyError when the JSON has no such key)."""
        if key not in self:
            raise KeyError(key)
        value = getattr(self, key)
        return value.value if isinstance(value, Status) else value

    def get(self, key: str, default: Any = None) -> Any:
        """Read one key of the JSON view, or `default`."""
        if key not in self:
            return default
        return self[key]

    def __contains__(self, key: object) -> bool:
        """True when the JSON view has this key."""
        if not isinstance(key, str) or key not in _FIELDS:
            return False
        if self.status == Status.REFUSED and key not in REFUSED_KEYS:
            return False
        return not (key in OPTIONAL and getattr(self, key) is None)


def _copy(name: str, value: Any) -> Any:
    """Return an independent copy of one field's JSON value.

    History entries are never changed in place (assistant.dialogs.history makes new ones and
    hands out copies), nor are transcript entries once the answer after them is given (the
    engine appends one and may complete it, then leaves it), so both lists are copied but
    their entries are shared.
    """
    if name in _APPEND_ONLY and isinstance(value, list):
        return list(value)
    return copied(value)


_APPEND_ONLY = frozenset({"history", "transcript"})
_NAMES = tuple(f.name for f in dataclasses.fields(DialogueState))
#: Each field with the type a stored value must have (None: any, the default is None).
_KINDS = tuple(
    (name, None if value is None else type(value))
    for name, value in ((n, getattr(DialogueState(), n)) for n in _NAMES)
)
_FIELDS = frozenset(_NAMES)
