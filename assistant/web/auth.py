"""Staff sign-in state in the flaskr shape: the staff blueprint, the hook that loads the
signed-in staff member for every staff request, the audit of unaudited requests, and the
decorators every staff page uses. Page modules import from here, never from each other."""

from __future__ import annotations

from functools import wraps

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, url_for

from assistant import totp
from assistant.storage import audit as trail
from assistant.storage import staff as store
from assistant.storage.drafts import draft_team
from assistant.web import staff_auth, staff_view
from assistant.web.audit_text import audit_detail
from assistant.web.common import by_prefix, t
from assistant.web.db import get_db

bp = Blueprint("staff", __name__, url_prefix="/staff")


@bp.before_request
def load_staff_user():
    """Load the signed-in staff member from the server-side session; say why one ended."""
    user, why = staff_auth.load()
    g.staff_user = user
    trail.ACTOR.set({"role": user.role if user else "", "address": request.remote_addr or ""})
    if why == "idle":
        minutes = current_app.config.get("STAFF_SESSION_MINUTES", 30)
        flash(t("staff_logged_out_idle", minutes=minutes), "info")
    elif why == "absolute":
        hours = current_app.config.get("STAFF_SESSION_HOURS", 8)
        flash(t("staff_logged_out_absolute", hours=hours), "info")


bp.add_app_template_filter(staff_view.local_time, "local_time")
bp.add_app_template_filter(staff_view.clock, "clock")
bp.add_app_template_filter(audit_detail, "audit_detail")


def audit_unaudited(response):
    """After a signed-in staff request that wrote no audit row, write one (reads, refusals)."""
    user, actor = g.get("staff_user"), trail.ACTOR.get()
    if user is None or actor is None or actor.get("written"):
        return response
    if not request.path.startswith("/staff"):
        return response
    if response.status_code == 403:
        action = "denied"
    else:
        action = "view" if request.method in ("GET", "HEAD") else "request"
    args = request.view_args or {}
    detail = f"{request.method} {request.endpoint} {response.status_code}"
    store.audit(get_db(), user.username, action, args.get("draft_id"), detail)
    return response


def _forget_actor(_exc=None) -> None:
    trail.ACTOR.set(None)


bp.after_request(audit_unaudited)
bp.record_once(lambda state: state.app.teardown_request(_forget_actor))


@bp.app_context_processor
def staff_helpers():
    """Template helpers for staff pages."""
    return {
        "staff_user": g.get("staff_user"),
        "status_labels": by_prefix("staff_status_"),
        "action_labels": staff_view.action_labels(),
        "role_label": staff_view.role_label,
    }


def login_required(view):
    """Send visitors who are not signed-in staff to the sign-in page."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        user = g.get("staff_user")
        if user is None:
            return redirect(url_for("staff.login", next=request.path))
        if user.must_change_password and request.endpoint != "staff.password":
            flash(t("staff_must_change_password"), "info")
            return redirect(url_for("staff.password"))
        if request.endpoint not in TOTP_ENROL_ENDPOINTS and admin_must_enrol(user):
            flash(t("staff_totp_required"), "info")
            return redirect(url_for("staff.totp_page"))
        if (denied := require_team(kwargs.get("draft_id"))) is not None:
            return denied
        return view(*args, **kwargs)

    return wrapped


# The pages an administrator without TOTP may still use (enrol, change password).
TOTP_ENROL_ENDPOINTS = frozenset(
    {"staff.totp_page", "staff.totp_start", "staff.totp_confirm", "staff.password"}
)


def admin_must_enrol(user) -> bool:
    """True if user is a local administrator without TOTP while the site requires it
    (config STAFF_ADMIN_TOTP, default on); single sign-on users do MFA at their IdP."""
    if user is None or not user.is_admin or user.sso:
        return False
    if not current_app.config.get("STAFF_ADMIN_TOTP", True):
        return False
    return not totp.has_totp(get_db(), user)


def require_team(draft_id: str | None):
    """Need-to-know, the one check: a 403 page when the draft is another team's, else None.

    Every staff view with a draft id in its URL passes here through login_required; an unknown
    draft passes too (the view answers 404). Administrators are held to their team as well.
    """
    if draft_id is None:
        return None
    team = draft_team(get_db(), draft_id)
    if team is None or team == g.staff_user.team:
        return None
    return message_page(t("staff_other_team_title"), t("staff_other_team_text"), 403)


def admin_required(view):
    """Allow only signed-in administrators (others get 403)."""

    @login_required
    @wraps(view)
    def wrapped(*args, **kwargs):
        if not g.staff_user.is_admin:
            return message_page(t("staff_admin_only_title"), t("staff_admin_only"), 403)
        return view(*args, **kwargs)

    return wrapped


def message_page(title: str, text: str, status: int, link: str | None = None):
    """Render a short Danish message page with an HTTP status."""
    return render_template("staff/message.html", title=title, text=text, link=link), status
