"""The citizen's easy-read plan as a PDF: large type, OpenMoji pictures, dates in Danish words."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import jinja2

from assistant.errors import ExportError
from assistant.exports import Labels, pictogram_data_uri, plan_labels

TEMPLATES = Path(__file__).with_name("templates")


def danish_date(iso_date: str | None, labels: Labels) -> str | None:
    """Return '24. december 2026' for '2026-12-24' (None for no or a bad date)."""
    if not iso_date:
        return None
    try:
        day = date.fromisoformat(str(iso_date)[:10])
    except ValueError:
        return None
    return f"{day.day}. {labels[f'months.{day.month}']} {day.year}"


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def plan_html(
    draft: Mapping[str, Any],
    *,
    followup_due: str | None = None,
    activities: Mapping[str, Any] | None = None,
    labels: Labels | None = None,
) -> str:
    """Return the HTML of the citizen's plan (what the PDF shows). Raises ExportError."""
    labels = labels or plan_labels("da")
    goal = draft.get("goal") if isinstance(draft, Mapping) else None
    if not isinstance(goal, Mapping) or not str(goal.get("text") or "").strip():
        raise ExportError("goal_text_missing", "the draft has no goal text to put in a plan")
    if activities is None:
        from assistant.content import get_content  # noqa: PLC0415  (content loads lazily)

        activities = get_content("da").activities
    activity = activities.get(str(goal.get("activity")))
    goal_code = activity.openmoji[0] if activity and activity.openmoji else None

    def by(key: str, when: Any) -> str:
        text = danish_date(when, labels)
        return labels.format(key, date=text) if text else labels["no_date"]

    subgoals = [
        {"text": str(s.get("text") or ""), "by": by("subgoal_by", s.get("deadline"))}
        for s in draft.get("subgoals") or []
        if isinstance(s, Mapping) and str(s.get("text") or "").strip()
    ]
    helpers = [str(p).capitalize() for p in goal.get("people") or []]
    helpers += [str(a).capitalize() for a in goal.get("aids") or []]
    followup_text = danish_date(followup_due, labels)
    receipt = draft.get("receipt_code")
    pictures = {
        key: pictogram_data_uri(labels[f"pictogram.{key}"])
        for key in ("step", "date", "helpers", "followup", "goal")
    }
    return (
        _environment()
        .get_template("plan.html")
        .render(
            labels=labels,
            goal_text=str(goal["text"]),
            goal_picture=pictogram_data_uri(goal_code) if goal_code else pictures["goal"],
            goal_by=by("goal_by", goal.get("deadline")),
            independence=labels.get(f"independence.{goal.get('independence')}") or None,
            subgoals=subgoals,
            helpers=helpers,
            followup=(
                labels.format("followup_on", date=followup_text)
                if followup_text
                else labels["followup_none"]
            ),
            receipt=labels.format("receipt", code=receipt) if receipt else None,
            pictures=pictures,
        )
    )


def render_plan_pdf(
    draft: Mapping[str, Any],
    *,
    followup_due: str | None = None,
    activities: Mapping[str, Any] | None = None,
    labels: Labels | None = None,
) -> bytes:
    """Return the citizen's plan as PDF bytes (WeasyPrint). Raises ExportError."""
    import weasyprint  # noqa: PLC0415  (slow import; only when a PDF is asked for)

    html = plan_html(draft, followup_due=followup_due, activities=activities, labels=labels)
    return weasyprint.HTML(string=html, base_url=str(TEMPLATES)).write_pdf()
