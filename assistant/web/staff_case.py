"""Staff casework pages: match a draft to the case (CPR, case id), reveal the CPR (audited),
assign a draft to a staff member, and "Mine borgere" with the follow-ups due this week."""

from __future__ import annotations

from datetime import timedelta

from flask import abort, current_app, flash, g, redirect, render_template, request, url_for

from assistant.errors import NotFound, StorageError
from assistant.storage import casework
from assistant.storage import staff as store
from assistant.web import staff_view
from assistant.web.auth import bp, login_required, message_page
from assistant.web.common import t, today
from assistant.web.db import get_db


def _row_or_404(draft_id: str) -> dict:
    try:
        return store.get_draft_row(get_db(), draft_id)
    except NotFound:
        abort(404)


@bp.post("/draft/<draft_id>/sag")
@login_required
def case_identity(draft_id: str):
    """Store the citizen's CPR number (format and date checked) and the care-record case id."""
    row, db, user = _row_or_404(draft_id), get_db(), g.staff_user.username
    back = url_for("staff.draft", draft_id=draft_id)
    if "cpr" not in request.form or "case_id" not in request.form:
        return message_page(t("staff_cpr_title"), t("staff_cpr_invalid"), 400, back)
    # An empty CPR field keeps the stored number (the page never holds it in full).
    cpr = request.form.get("cpr", "")[:20].strip() or casework.get_case(db, row["id"]).cpr
    case_id = request.form.get("case_id", "")[:200]
    try:
        case = casework.set_identity(db, row["id"], cpr, case_id, user)
    except casework.InvalidCpr:
        return message_page(t("staff_cpr_title"), t("staff_cpr_invalid"), 400, back)
    except StorageError:
        return message_page(t("staff_cpr_title"), t("staff_case_id_invalid"), 400, back)
    detail = f"cpr {'set' if case.cpr else 'empty'}, case id {'set' if case.case_id else 'empty'}"
    store.audit(db, user, "case_set", row["id"], detail, session_id=row["session_id"])
    flash(t("staff_case_saved"), "info")
    return redirect(back)


@bp.post("/draft/<draft_id>/cpr")
@login_required
def reveal_cpr(draft_id: str):
    """Show the full CPR number once, on an explicit request that is audited."""
    row, db = _row_or_404(draft_id), get_db()
    case = casework.get_case(db, row["id"])
    back = url_for("staff.draft", draft_id=draft_id)
    if not case.cpr:
        return message_page(t("staff_cpr_title"), t("staff_cpr_none"), 404, back)
    store.audit(
        db, g.staff_user.username, "reveal_cpr", row["id"], "", session_id=row["session_id"]
    )
    response = current_app.make_response(
        render_template("staff/cpr.html", row=row, cpr=case.cpr, back=back)
    )
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.post("/draft/<draft_id>/tildel")
@login_required
def assign(draft_id: str):
    """Assign the draft to an active staff member (or to nobody)."""
    row, db, user = _row_or_404(draft_id), get_db(), g.staff_user.username
    back = url_for("staff.draft", draft_id=draft_id)
    if "assignee" not in request.form:
        return message_page(t("staff_assign_title"), t("staff_assign_unknown"), 400, back)
    assignee = request.form.get("assignee", "")
    if assignee and assignee not in active_usernames(db, row["team"]):
        return message_page(t("staff_assign_title"), t("staff_assign_unknown"), 400, back)
    casework.assign(db, row["id"], assignee, user)
    store.audit(db, user, "assign", row["id"], assignee or "-", session_id=row["session_id"])
    flash(t("staff_assign_done", user=assignee) if assignee else t("staff_assign_none"), "info")
    return redirect(back)


def active_usernames(db, team: str) -> list[str]:
    """Return the user names of the active staff members of a team, sorted."""
    return [u.username for u in staff_view.active_users(db, team)]


@bp.get("/mine")
@login_required
def mine():
    """Mine borgere: the drafts assigned to me, and the follow-ups due this week or overdue."""
    db, user = get_db(), g.staff_user.username
    ids = set(casework.assigned_to(db, user))
    rows = [r for r in store.queue(db, team=g.staff_user.team) if r["id"] in ids]
    first = today(current_app)
    week_end = first + timedelta(days=6 - first.weekday())
    due = []
    for row in rows:
        draft = store.get_draft_row(db, row["id"])["draft"]
        when = staff_view.current_follow_up(db, row["id"], draft)
        row["follow_up"] = when
        if when and row["status"] != "archived" and when <= week_end.isoformat():
            due.append(dict(row, overdue=when < first.isoformat()))
    due.sort(key=lambda r: r["follow_up"])
    store.audit(db, user, "view_mine", None, f"{len(rows)} drafts")
    return render_template("staff/mine.html", rows=rows, due=due)


@bp.get("/draft/<draft_id>/udskriv")
@login_required
def print_summary(draft_id: str):
    """One A4 page for the care record: own words, SMART, sub-goals, who said what, consent."""
    row, db = _row_or_404(draft_id), get_db()
    context = staff_view.draft_context(db, row)
    store.audit(
        db,
        g.staff_user.username,
        "print",
        row["id"],
        f"version {row['version']}",
        session_id=row["session_id"],
    )
    return render_template("staff/print.html", **context)
