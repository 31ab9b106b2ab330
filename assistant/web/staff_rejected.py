"""Staff pages of sessions the citizen stopped at "Er det dit eget mål?": a list and a read-only
view of what was said, clearly marked as not accepted. Nothing here is a draft or exportable."""

from __future__ import annotations

from datetime import date

from flask import abort, g, render_template

from assistant.dialogs.engine import build_draft
from assistant.dialogs.state import DialogueState
from assistant.errors import NotFound
from assistant.storage import rejected
from assistant.storage import staff as store
from assistant.web import staff_view
from assistant.web.auth import bp, login_required
from assistant.web.common import by_prefix
from assistant.web.db import get_db
from assistant.web.staff_transcript import transcript_rows


def proposed_goal(state: dict) -> str:
    """Return the goal sentence the citizen said no to (composed from the stored answers)."""
    try:
        day = date.fromisoformat(str(state.get("today")))
    except ValueError:
        day = date.today()
    return build_draft(DialogueState.from_json(state), staff_view.content(), day)["goal"]["text"]


@bp.get("/ikke-accepteret")
@login_required
def rejected_list():
    """The sessions where the citizen said no to the goal, the last first (read-only)."""
    db = get_db()
    names = store.citizen_names(db)
    rows = [
        dict(r, name=names.get(r["id"]), goal_text=proposed_goal(r["state"]))
        for r in rejected.list_rejected(db, g.staff_user.team)
    ]
    store.audit(db, g.staff_user.username, "view_rejected", detail=f"{len(rows)} sessions")
    return render_template("staff/rejected_list.html", rows=rows)


@bp.get("/ikke-accepteret/<session_id>")
@login_required
def rejected_session(session_id: str):
    """What was said in one session the citizen did not accept; no actions, no exports."""
    db = get_db()
    try:
        found = rejected.get_rejected(db, session_id, g.staff_user.team)
    except NotFound:
        abort(404)
    state = found["state"]
    store.audit(db, g.staff_user.username, "view_rejected", detail="session", session_id=session_id)
    return render_template(
        "staff/rejected.html",
        s=found,
        name=store.citizen_names(db).get(session_id),
        goal_text=proposed_goal(state),
        transcript=transcript_rows(
            db, session_id, state, staff_view.pictogram_url, staff_view.card_label
        ),
        said_by=by_prefix("staff_said_by_"),
        input_kind=by_prefix("staff_input_"),
    )
