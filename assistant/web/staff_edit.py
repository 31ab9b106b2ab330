"""Parse the staff edit form into a new draft (never touching the citizen's transcript)."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from flask import current_app

from assistant.errors import ExportError
from assistant.exports import terminology
from assistant.nlp.smart import evaluate_smart
from assistant.storage import followup as followups
from assistant.storage import staff as store
from assistant.web.common import by_prefix, t
from assistant.web.staff_view import (  # noqa: F401  (current_follow_up is re-exported)
    MAX_SUBGOALS,
    MAX_TEXT,
    NEW_SUBGOAL_ROWS,
    PER,
    _date,
    _level,
    _list,
    _measures,
    content,
    current_follow_up,
    int_or_none,
)


def _subgoals(data, errors: list[str]) -> list[dict]:
    """Read sub-goal rows: keep, remove, reorder (by order number), re-date, add."""
    rows = []
    count = min(int_or_none(data.get("sub_count")) or 0, MAX_SUBGOALS + NEW_SUBGOAL_ROWS)
    for i in range(count):
        text = data.get(f"sub_{i}_text", "").strip()[:MAX_TEXT]
        deadline = data.get(f"sub_{i}_deadline", "")
        order_raw = data.get(f"sub_{i}_order", "").strip()
        remove = data.get(f"sub_{i}_remove") == "1"
        measures = data.get(f"sub_{i}_measures", "")
        if not text and not deadline.strip():
            continue
        order = int_or_none(order_raw) if order_raw else 1000 + i
        if order is None:
            errors.append(t("staff_edit_subgoal_order", n=i + 1))
            order = 1000 + i
        rows.append(
            {
                "text": text,
                "deadline": deadline.strip(),
                "order": order_raw,
                "sort": (order, i),
                "measures_text": measures,
                "remove": remove,
            }
        )
    rows.sort(key=lambda r: r["sort"])
    return rows


def schedule_follow_up(db, draft_id: str, due: str | None, before: str, user: str):
    """Set or move the follow-up when the edit changed it; return the new link token or None."""
    if not due or due == before:
        return None
    _plan, token = followups.set_followup(db, draft_id, date.fromisoformat(due), user)
    store.audit(db, user, "followup_set", draft_id, f"due {due}")
    return token


def parse_edit(
    data, current: dict, *, today: date | None = None, follow_up_before: str = ""
) -> tuple[dict, dict, list[str]]:
    """Return (form values, new draft dict, Danish error messages) from a submitted edit form."""
    errors: list[str] = []
    form: dict[str, Any] = {
        key: data.get(key, "")
        for key in (
            "text",
            "motivation",
            "activity",
            "fsiii_code",
            "fsiii_text",
            "deadline",
            "follow_up",
            "independence",
            "current_level",
            "importance",
            "freq_times",
            "freq_per",
            "freq_every",
            "measures",
            "aids",
            "people",
            "resources",
            "difficulties",
            "dreams",
            "note",
        )
    }
    form["version"] = int_or_none(data.get("version"))
    if form["version"] is None:
        errors.append(t("staff_edit_version_missing"))
    text = form["text"].strip()
    if not text:
        errors.append(t("staff_edit_text_missing"))
    if len(text) > MAX_TEXT or len(form["note"]) > MAX_TEXT:
        errors.append(t("staff_edit_text_too_long", max=MAX_TEXT))
    activities = content().activities
    activity = activities.get(form["activity"].strip())
    if form["activity"].strip() and activity is None:
        errors.append(t("staff_edit_activity_unknown"))
    fsiii = _fsiii(form["fsiii_code"], form["fsiii_text"], errors)
    if form["independence"] and form["independence"] not in by_prefix("staff_independence_"):
        errors.append(t("staff_edit_independence_unknown"))
    deadline = _date(form["deadline"], t("staff_field_deadline"), errors)
    follow_up = _date(form["follow_up"], t("staff_field_follow_up"), errors)
    if follow_up and today and follow_up != follow_up_before and follow_up < today.isoformat():
        errors.append(t("staff_follow_up_past"))
    current_level = _level(form["current_level"], t("staff_field_current_level"), errors)
    importance = _level(form["importance"], t("staff_field_importance"), errors)
    frequency = None
    if form["freq_times"].strip() or form["freq_per"]:
        times, every = int_or_none(form["freq_times"]), int_or_none(form["freq_every"] or "1")
        if times is None or times < 1 or every is None or every < 1 or form["freq_per"] not in PER:
            errors.append(t("staff_edit_frequency_bad"))
        else:
            frequency = {"times": times, "per": form["freq_per"], "every": every}
    measures = _measures(form["measures"], errors)
    rows = _subgoals(data, errors)
    form["subgoals"] = [
        {
            "text": r["text"],
            "deadline": r["deadline"],
            "order": r["order"],
            "measures_text": r["measures_text"],
            "remove": r["remove"],
        }
        for r in rows
    ]
    subgoals = []
    for n, r in enumerate(row for row in rows if not row["remove"]):
        sub_deadline = _date(r["deadline"], t("staff_field_subgoal", n=n + 1), errors)
        if not r["text"]:
            errors.append(t("staff_edit_subgoal_no_text", n=n + 1))
        if sub_deadline and deadline and sub_deadline > deadline:
            errors.append(t("staff_edit_subgoal_late", n=n + 1))
        subgoals.append(
            {
                "text": r["text"],
                "deadline": sub_deadline,
                "measures": _measures(r["measures_text"], errors),
            }
        )
    new = copy.deepcopy(current)
    goal = dict(new.get("goal") or {})
    goal.update(
        text=text,
        motivation=form["motivation"].strip() or None,
        deadline=deadline,
        independence=form["independence"] or None,
        current_level=current_level,
        importance=importance,
        frequency=frequency,
        measures=measures,
        aids=_list(form["aids"]),
        people=_list(form["people"]),
    )
    if activity is not None:
        goal.update(activity=activity.id, area=activity.area)
    new["goal"] = goal
    new["subgoals"] = subgoals
    for key in ("resources", "difficulties", "dreams"):
        new[key] = _list(form[key])
    new["follow_up"] = follow_up
    if fsiii:
        new["fsiii"] = fsiii  # staff's own code; without it the activity's code applies
    else:
        new.pop("fsiii", None)
    if not errors:
        goal["smart"] = reassess_smart(new, goal)
    return form, new, errors


def _fsiii(code: str, text: str, errors: list[str]) -> dict | None:
    """Staff's FSIII override: a condition code of the shipped FSIII code system (e.g. "J3.4"),
    its text defaulting to the code system's display; None when both are empty."""
    code, text = code.strip(), text.strip()
    if not code and not text:
        return None
    try:
        text = text or terminology.condition_concept(code).display
    except ExportError:
        errors.append(t("staff_edit_fsiii_code"))
    if not text or len(text) > 120:
        errors.append(t("staff_edit_fsiii_text"))
    return {"code": code, "text": text}


def reassess_smart(draft: dict, goal: dict) -> dict:
    """Re-check S, M, R and T after a staff edit; A (the citizen's own yes) is kept as it was."""
    old = dict(goal.get("smart") or {})
    templates = getattr(content(), "goals", None)
    if templates is None:
        return old
    try:
        start = date.fromisoformat(str(draft.get("created") or "")[:10])
    except ValueError:
        start = date.today()
    fresh = evaluate_smart(
        goal,
        templates,
        start,
        confirmed=bool(draft.get("citizen_confirmed")) or None,
        confirmed_by="citizen" if draft.get("citizen_confirmed") else None,
        course_weeks=current_app.config.get("COURSE_WEEKS", 12),
    )
    if "accepted" in old:
        fresh["accepted"] = old["accepted"]
    return fresh
