"""Log in with a code from the phone (TOTP) for local accounts: the enrolment page, switching
it off, and the code step after a right password (no staff session before the code)."""

from __future__ import annotations

import time

import segno
from flask import current_app, flash, g, redirect, render_template, request, session, url_for

from assistant import accounts, totp
from assistant.errors import AccountError, AuthenticationFailed, NotFound, RateLimited
from assistant.storage import staff as store
from assistant.web import staff_auth, staff_view
from assistant.web.auth import (
    admin_must_enrol,
    admin_required,
    bp,
    login_required,
    message_page,
)
from assistant.web.common import t
from assistant.web.db import get_db

PENDING_KEY = "totp_pending"
# How long the code step waits after the right password before it must be entered again.
PENDING_SECONDS = 300
MAX_CODE = 20


def _address() -> str:
    return request.remote_addr or ""


def ask_for_code(user: accounts.User, next_path: str):
    """After a right password: remember who (signed cookie only) and ask for the code.

    next_path must already be a safe same-site path (staff._safe_next).
    """
    session.pop(staff_auth.SESSION_KEY, None)
    session[PENDING_KEY] = {"user": user.id, "at": int(time.time()), "next": next_path}
    return redirect(url_for("staff.login_code"))


def _pending_user() -> tuple[accounts.User | None, str]:
    """The user whose password was right within PENDING_SECONDS, and where to go next."""
    pending = session.get(PENDING_KEY)
    if not isinstance(pending, dict) or time.time() - pending.get("at", 0) > PENDING_SECONDS:
        return None, ""
    try:
        user = accounts.get_user(get_db(), int(pending.get("user", 0)))
    except (NotFound, TypeError, ValueError):
        return None, ""
    return (user if user.active else None), str(pending.get("next") or "")


@bp.app_context_processor
def totp_helpers():
    """Template helper: totp_on(user) is True if that user has the code switched on."""
    return {"totp_on": lambda user: totp.has_totp(get_db(), user)}


@bp.route("/login/kode", methods=["GET", "POST"])
def login_code():
    """The code step: only a right, unused code starts the staff session (audited)."""
    user, next_path = _pending_user()
    if user is None:
        session.pop(PENDING_KEY, None)
        flash(t("staff_login_code_expired"), "info")
        return redirect(url_for("staff.login"))
    if request.method == "GET":
        return render_template("staff/login_code.html")
    db, headers = get_db(), {}
    try:
        totp.check_totp(db, user, request.form.get("code", "")[:MAX_CODE], _address())
    except RateLimited as exc:
        wait = max(1, exc.seconds or 1)
        error, status, headers = staff_view.wait_message(wait), 429, {"Retry-After": str(wait)}
        store.audit(db, user.username, "login_code_throttled", detail=f"{wait} s")
    except AuthenticationFailed:
        error, status = t("staff_totp_wrong"), 401
        store.audit(db, user.username, "login_code_failed")
    else:
        staff_auth.sign_in(user)  # clears the pending state with the rest of the cookie
        store.audit(db, user.username, "login", role=user.role, detail="password and code")
        return redirect(next_path or url_for("staff.queue"))
    return render_template("staff/login_code.html", error=error), status, headers


def _page(status: int = 200, **extra):
    db, user = get_db(), g.staff_user
    context = {
        "on": totp.has_totp(db, user),
        "secret": None if user.sso else totp.pending_totp(db, user),
        "required": admin_must_enrol(user),
        **extra,
    }
    if context["secret"]:
        context["uri"] = totp.totp_uri(user, context["secret"])
        code = segno.make(context["uri"], error="m")
        context["qr"] = code.svg_data_uri(scale=5, border=2)
        context["qr_size"] = code.symbol_size(scale=5, border=2)[0]
        context["grouped"] = " ".join(
            context["secret"][i : i + 4] for i in range(0, len(context["secret"]), 4)
        )
    return render_template("staff/totp.html", **context), status


@bp.get("/totp")
@login_required
def totp_page():
    """The page of one's own code from the phone: on or off, enrol, switch off."""
    return _page()


@bp.post("/totp/start")
@login_required
def totp_start():
    """Make a new pending secret and show it (audited as totp_enrol)."""
    try:
        totp.start_totp(get_db(), g.staff_user)
    except AccountError:
        return message_page(t("staff_totp_title"), t("staff_totp_sso"), 400)
    return redirect(url_for("staff.totp_page"))


@bp.post("/totp/bekraeft")
@login_required
def totp_confirm():
    """Switch the code on with a first right code; a wrong code keeps it off."""
    db, user = get_db(), g.staff_user
    try:
        totp.confirm_totp(db, user, request.form.get("code", "")[:MAX_CODE], _address())
    except RateLimited as exc:
        return _page(429, error=staff_view.wait_message(max(1, exc.seconds or 1)))
    except AuthenticationFailed:
        return _page(400, error=t("staff_totp_wrong"))
    staff_auth.sign_in(user)  # switching on ended every session, this one too
    flash(t("staff_totp_turned_on"), "info")
    return redirect(url_for("staff.queue"))


@bp.post("/totp/fra")
@login_required
def totp_off():
    """Switch the code off with a current code (not for administrators who must have it)."""
    db, user = get_db(), g.staff_user
    if user.is_admin and not user.sso and current_app.config.get("STAFF_ADMIN_TOTP", True):
        return _page(400, error=t("staff_totp_admin_keep"))
    try:
        totp.disable_totp(db, user, request.form.get("code", "")[:MAX_CODE], _address())
    except RateLimited as exc:
        return _page(429, error=staff_view.wait_message(max(1, exc.seconds or 1)))
    except AuthenticationFailed:
        return _page(400, error=t("staff_totp_wrong"))
    staff_auth.sign_in(user)
    flash(t("staff_totp_turned_off"), "info")
    return redirect(url_for("staff.totp_page"))


@bp.post("/brugere/<int:user_id>/totp")
@admin_required
def totp_reset(user_id: int):
    """Switch another user's code off (a lost phone) and end their sessions (admin only)."""
    db = get_db()
    try:
        user = totp.reset_totp(db, user_id)
    except NotFound:
        return message_page(t("staff_totp_title"), t("staff_user_gone"), 404)
    store.audit(db, g.staff_user.username, "totp_reset", detail=user.username)
    flash(t("staff_totp_reset_done", user=user.username), "info")
    return redirect(url_for("staff.users"))
