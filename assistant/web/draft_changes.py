"""What changed between two versions of a draft, in staff's words (after a citizen's revision)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.storage.revision import REVISION_NOTE
from assistant.storage.staff import CITIZEN_EDITOR
from assistant.web.common import t

#: Goal fields compared, in the order staff read them.
GOAL_KEYS = ("text", "frequency", "deadline", "measures", "independence")


def _goal(draft: dict) -> dict:
    goal = draft.get("goal") if isinstance(draft, dict) else None
    return goal if isinstance(goal, dict) else {}


def _subgoals(draft: dict) -> list[str]:
    found = draft.get("subgoals") if isinstance(draft, dict) else None
    return [
        f"{g.get('text', '')} ({g.get('deadline') or '-'})"
        for g in found or []
        if isinstance(g, dict)
    ]


def _plain(key: str, value: Any, frequency_text: Callable[[dict], str]) -> str:
    """Return a goal value as one line of text ('' when empty)."""
    if value in (None, "", [], {}):
        return ""
    if key == "frequency" and isinstance(value, dict):
        return frequency_text(value)
    if key == "measures" and isinstance(value, list):
        return ", ".join(
            f"{m.get('value', '')} {m.get('unit', '')}".strip()
            for m in value
            if isinstance(m, dict)
        )
    return str(value)


def revision_changes(
    before: dict, after: dict, frequency_text: Callable[[dict], str] = str
) -> list[tuple[str, str, str]]:
    """Return (key, before, after) for each goal field and the sub-goals that differ."""
    changes = []
    for key in GOAL_KEYS:
        old = _plain(key, _goal(before).get(key), frequency_text)
        new = _plain(key, _goal(after).get(key), frequency_text)
        if old != new:
            changes.append((key, old, new))
    old_steps, new_steps = _subgoals(before), _subgoals(after)
    if old_steps != new_steps:
        changes.append(("subgoals", "\n".join(old_steps), "\n".join(new_steps)))
    return changes


def latest_revision(versions: list[dict], frequency_text: Callable[[dict], str]) -> dict | None:
    """Return what the citizen's last revision of a returned draft changed, for the draft page.

    `versions` are the draft_versions rows (oldest first, `draft` parsed); None when the newest
    version is not a citizen's revision.
    """
    if len(versions) < 2:
        return None
    last = versions[-1]
    if last.get("edited_by") != CITIZEN_EDITOR or last.get("note") != REVISION_NOTE:
        return None
    changes = revision_changes(versions[-2]["draft"], last["draft"], frequency_text)
    labels = [(t(f"staff_change_{key}"), old, new) for key, old, new in changes]
    return {"version": last["version"], "at": last.get("at"), "changes": labels}
