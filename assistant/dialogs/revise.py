"""Reopen a done dialogue for its returned draft: the goal summary again, with staff's edits."""

from __future__ import annotations

import copy

#: Draft goal fields written back into the dialogue's slots (staff may have changed them).
_GOAL_SLOTS = ("deadline", "measures", "frequency", "independence", "current_level", "importance")


def reopen_state(state: dict, draft: dict, version: int) -> dict:
    """Return the state of a done dialogue, active again at the goal summary (`confirm`).

    The goal and sub-goals are the draft's current ones (staff may have edited them); the
    citizen then confirms or changes them as in any dialogue. `revision` holds the draft's
    version it starts from (storage stores the next draft as that draft's next version).
    """
    s = copy.deepcopy(state) if isinstance(state, dict) else {}
    goal = draft.get("goal") if isinstance(draft.get("goal"), dict) else {}
    slots = s.setdefault("slots", {})
    for key in _GOAL_SLOTS:
        if goal.get(key) not in (None, [], ""):
            slots[key] = copy.deepcopy(goal[key])
    subgoals = [g for g in draft.get("subgoals") or [] if isinstance(g, dict) and g.get("text")]
    if subgoals:
        s["subgoals"] = copy.deepcopy(subgoals)
        s["subgoals_custom"] = True
        s["subgoals_accepted"] = True
    s["goal_text"] = str(goal.get("text") or "") or None
    s["answered"] = [a for a in s.get("answered") or [] if a not in ("change", "confirm")]
    s.update(
        status="active",
        step="confirm",
        forced="confirm",
        paused=False,
        changing=False,
        confirmed=None,
        confirmed_by=None,
        failures={},
        notice=None,
        revision=version,
    )
    return s
