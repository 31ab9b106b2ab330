"""Admin page of active staff sessions: see who is signed in and end a session."""

from __future__ import annotations

from datetime import timedelta

from flask import current_app, flash, g, redirect, render_template, url_for

from assistant.storage import staff as store
from assistant.storage import staff_sessions
from assistant.web.auth import admin_required, bp, message_page
from assistant.web.common import t
from assistant.web.db import get_db


def _active() -> list[dict]:
    cfg = current_app.config
    return staff_sessions.list_active(
        get_db(),
        idle=timedelta(minutes=float(cfg.get("STAFF_SESSION_MINUTES", 30))),
        absolute=timedelta(hours=float(cfg.get("STAFF_SESSION_HOURS", 8))),
    )


@bp.get("/sessioner")
@admin_required
def sessions():
    """The active staff sessions, most recently active first (admin only)."""
    return render_template("staff/sessions.html", rows=_active(), own=g.get("staff_session_id"))


@bp.post("/sessioner/<int:session_id>/afslut")
@admin_required
def end_session(session_id: int):
    """End one staff session now (admin only; audited)."""
    row = next((r for r in _active() if r["id"] == session_id), None)
    if row is None or not staff_sessions.end(get_db(), session_id, "admin"):
        return message_page(t("staff_sessions_title"), t("staff_sessions_gone"), 404)
    store.audit(get_db(), g.staff_user.username, "end_session", detail=row["username"])
    flash(t("staff_sessions_ended", user=row["username"]), "info")
    return redirect(url_for("staff.sessions"))
