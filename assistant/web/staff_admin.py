"""Admin-only staff pages: audit log, user management, GDPR export and deletion."""

from __future__ import annotations

import json

from flask import Response, current_app, flash, g, redirect, render_template, request, url_for

from assistant import accounts
from assistant.errors import AccountError, NotFound
from assistant.speech.private import forget_session_audio
from assistant.storage import checkpoint, gdpr
from assistant.storage import staff as store
from assistant.web.auth import admin_required, bp, message_page
from assistant.web.common import t
from assistant.web.db import get_db
from assistant.web.staff_view import account_error_da, action_labels, local_time, role_label

MAX_CODE = 64


@bp.get("/revision")
@admin_required
def audit_log():
    """The audit log, newest first (admin only)."""
    return render_template("staff/audit.html", rows=store.list_audit(get_db(), 1000))


@bp.route("/brugere", methods=["GET", "POST"])
@admin_required
def users():
    """List users and create a new one with a temporary password (admin only)."""
    db = get_db()
    if request.method == "GET":
        return render_template("staff/users.html", users=accounts.list_users(db), form={})
    form = {k: request.form.get(k, "")[:200] for k in ("username", "role", "password")}
    try:
        user = accounts.create_user(
            db,
            form["username"],
            form["password"],
            form["role"] or "staff",
            must_change_password=True,
        )
    except AccountError as exc:
        return render_template(
            "staff/users.html",
            users=accounts.list_users(db),
            form=form,
            error=account_error_da(exc),
        ), 400
    store.audit(db, g.staff_user.username, "create_user", detail=f"{user.username} ({user.role})")
    flash(t("staff_user_created", user=user.username), "info")
    return redirect(url_for("staff.users"))


def _users_page(status: int = 200, **extra):
    return render_template(
        "staff/users.html", users=accounts.list_users(get_db()), form={}, **extra
    ), status


@bp.post("/brugere/<int:user_id>/nulstil")
@admin_required
def reset_password(user_id: int):
    """Give a user a new one-time password, shown once to the admin (admin only)."""
    db = get_db()
    try:
        password = accounts.reset_password(db, user_id)
        user = accounts.get_user(db, user_id)
    except NotFound:
        return _users_page(404, error=t("staff_user_not_found"))
    store.audit(db, g.staff_user.username, "reset_password", detail=user.username)
    return _users_page(reset_user=user.username, reset_password=password)


@bp.post("/brugere/<int:user_id>/aktiv")
@admin_required
def toggle_active(user_id: int):
    """Disable or re-enable a user's sign-in (admin only; not one's own)."""
    db = get_db()
    if user_id == g.staff_user.id:
        return _users_page(400, error=t("staff_user_self_disable"))
    try:
        user = accounts.get_user(db, user_id)
    except NotFound:
        return _users_page(404, error=t("staff_user_not_found"))
    user = accounts.set_active(db, user_id, not user.active)
    action = "enable_user" if user.active else "disable_user"
    store.audit(db, g.staff_user.username, action, detail=user.username)
    state = "enabled" if user.active else "disabled"
    flash(t(f"staff_user_{state}", user=user.username), "info")
    return redirect(url_for("staff.users"))


@bp.get("/gdpr")
@admin_required
def gdpr_page():
    """The GDPR page: export or delete all data of one citizen (admin only)."""
    return render_template("staff/gdpr.html", code=request.args.get("code", "")[:MAX_CODE])


def _access_summary(rows: list[dict]) -> list[str]:
    """Who looked at or changed the citizen's data, one Danish line per audit row."""
    labels = action_labels()
    lines = [
        t(
            "gdpr_access_line",
            at=local_time(r["at"]),
            user=r["user"],
            role=role_label(r["role"]) or "-",
            action=labels.get(r["action"], r["action"]),
        )
        for r in rows
    ]
    return lines or [t("gdpr_access_none")]


def _session_for(code: str):
    try:
        return gdpr.find_session_id(get_db(), code)
    except NotFound:
        return None


@bp.post("/gdpr/eksport")
@admin_required
def gdpr_export():
    """Download every stored row about one citizen as JSON (audited)."""
    code = request.form.get("code", "").strip()[:MAX_CODE]
    session_id = _session_for(code)
    if session_id is None:
        return render_template("staff/gdpr.html", code=code, error=t("staff_gdpr_no_data")), 404
    db = get_db()
    data = gdpr.citizen_data(db, session_id)
    data["access_summary"] = _access_summary(data["access"])
    store.audit(db, g.staff_user.username, "gdpr_export", session_id=session_id)
    body = json.dumps(data, ensure_ascii=False, indent=2)
    name = t("staff_gdpr_file_name", session=session_id)
    return Response(
        body,
        mimetype="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "no-store",
        },
    )


@bp.post("/gdpr/slet")
@admin_required
def gdpr_delete():
    """Delete every stored row about one citizen after typed confirmation (audited)."""
    code = request.form.get("code", "").strip()[:MAX_CODE]
    confirm = request.form.get("confirm", "").strip()[:MAX_CODE]
    if not code or confirm.upper() != code.upper():
        return render_template(
            "staff/gdpr.html",
            code=code,
            error=t("staff_gdpr_confirm"),
        ), 400
    session_id = _session_for(code)
    if session_id is None:
        return render_template("staff/gdpr.html", code=code, error=t("staff_gdpr_no_data")), 404
    db = get_db()
    counts = gdpr.delete_citizen_data(db, session_id, g.staff_user.username, "gdpr_delete")
    forget_session_audio(current_app.config["TTS_CACHE_DIR"], session_id)
    checkpoint(db)
    if not any(counts.values()):
        return message_page(t("staff_gdpr_nothing_title"), t("staff_gdpr_nothing"), 404)
    return render_template("staff/gdpr_deleted.html", counts=counts)
