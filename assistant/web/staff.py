"""Staff pages (Danish): sign-in, the queue, the draft page, edits and status actions."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import (
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)

from assistant import accounts, totp
from assistant.errors import (
    AccountError,
    AuthenticationFailed,
    Conflict,
    NotFound,
    RateLimited,
    ReasonRequired,
    StorageError,
)
from assistant.storage import rejected
from assistant.storage import staff as store
from assistant.web import oidc, staff_auth, staff_edit, staff_totp, staff_view
from assistant.web.auth import (  # noqa: F401  (bp and the decorators, for the page modules)
    admin_required,
    bp,
    login_required,
    message_page,
)
from assistant.web.common import by_prefix, t, today
from assistant.web.db import get_db

MAX_MESSAGE = 2000


def _safe_next(target: str | None) -> str:
    target = target or ""
    if any(ch in target for ch in "\r\n\t\\") or not target.isprintable():
        return url_for("staff.queue")
    parts = urlsplit(target)
    if target and not parts.scheme and not parts.netloc and target.startswith("/staff"):
        return target
    return url_for("staff.queue")


@bp.route("/login", methods=["GET", "POST"])
def login():
    """Sign in with user name and password (a growing delay after repeated failures)."""
    if request.method == "GET":
        return render_template(
            "staff/login.html", next=_clean_next(request.args.get("next")), sso=oidc.enabled()
        )
    username = request.form.get("username", "")[:100]
    password = request.form.get("password", "")[:1000]
    db = get_db()
    headers = {}
    try:
        user = accounts.authenticate(db, username, password, request.remote_addr or "")
    except RateLimited as exc:
        wait = max(1, exc.seconds or 1)
        error, status, headers = staff_view.wait_message(wait), 429, {"Retry-After": str(wait)}
        store.audit(db, accounts.normal_username(username), "login_throttled", detail=f"{wait} s")
    except AuthenticationFailed:
        error, status = t("staff_login_failed"), 401
        store.audit(db, accounts.normal_username(username), "login_failed")
    else:
        if totp.has_totp(db, user):  # the code step makes the session, not the password
            store.audit(db, user.username, "login_password_ok", detail="code asked")
            return staff_totp.ask_for_code(user, _safe_next(request.form.get("next")))
        staff_auth.sign_in(user)
        store.audit(db, user.username, "login", role=user.role)
        return redirect(_safe_next(request.form.get("next")))
    page = render_template(
        "staff/login.html",
        error=error,
        username=username,
        next=_clean_next(request.form.get("next")),
        sso=oidc.enabled(),
    )
    return page, status, headers


def _clean_next(target: str | None) -> str:
    """The next= value fit to put back in the form: a same-site /staff path or nothing."""
    target = (target or "")[:500]
    return target if _safe_next(target) == target else ""


@bp.post("/logout")
def logout():
    """Sign out and return to the sign-in page."""
    user = g.get("staff_user")
    if user is not None:
        store.audit(get_db(), user.username, "logout")
    provider_logout = oidc.end_session_url(g.get("staff_session_id")) if user else None
    staff_auth.sign_out()
    flash(t("staff_logged_out"), "info")
    return redirect(provider_logout or url_for("staff.login"))


@bp.route("/adgangskode", methods=["GET", "POST"])
@login_required
def password():
    """Change one's own password."""
    if request.method == "GET":
        return render_template("staff/password.html")
    new = request.form.get("new", "")
    error = None
    if new != request.form.get("repeat", ""):
        error = t("staff_password_mismatch")
    else:
        try:
            accounts.change_password(get_db(), g.staff_user, request.form.get("old", ""), new)
        except AccountError as exc:
            error = staff_view.account_error_da(exc)
    if error:
        return render_template("staff/password.html", error=error), 400
    staff_auth.sign_in(g.staff_user)  # the change ended every session, this one too
    flash(t("staff_password_changed"), "info")
    return redirect(url_for("staff.queue"))


@bp.get("/")
@login_required
def queue():
    """The queue of drafts by status, newest first, with filters and search."""
    status = request.args.get("status", "")
    area = request.args.get("area", "")
    search = request.args.get("q", "").strip()[:100]
    areas = staff_view.content().areas
    if status and status not in store.STATUSES:
        return message_page(t("staff_unknown_status_title"), t("staff_unknown_status"), 400)
    if area and area not in areas:
        return message_page(t("staff_unknown_area_title"), t("staff_unknown_area"), 400)
    db = get_db()
    team = g.staff_user.team
    rows = store.queue(
        db, status=status or None, search=search or None, area=area or None, team=team
    )
    filters = {"status": status, "area": area, "q": search}
    detail = " ".join(f"{k}={v}" for k, v in filters.items() if v) or "all"
    store.audit(db, g.staff_user.username, "search" if search else "view_queue", detail=detail)
    return render_template(
        "staff/queue.html",
        rows=rows,
        counts=store.status_counts(db, team),
        rejected_count=rejected.count_rejected(db, team),
        status=status,
        area=area,
        q=search,
        areas=areas,
    )


def _draft_or_404(draft_id: str) -> dict:
    try:
        return store.get_draft_row(get_db(), draft_id)
    except NotFound:
        abort(404)


@bp.get("/draft/<draft_id>")
@login_required
def draft(draft_id: str):
    """The draft page: goal, SMART panel, facts, sub-goals, transcript, history, actions."""
    db = get_db()
    row = _draft_or_404(draft_id)
    context = staff_view.draft_context(db, row)
    store.audit(
        db,
        g.staff_user.username,
        "view_draft",
        draft_id,
        f"version {row['version']}: goal, transcript, history",
        session_id=row["session_id"],
    )
    return render_template("staff/draft.html", **context)


@bp.route("/draft/<draft_id>/rediger", methods=["GET", "POST"])
@login_required
def edit(draft_id: str):
    """Edit a draft; every save is a new version; a stale version gives a conflict."""
    row, db, user = _draft_or_404(draft_id), get_db(), g.staff_user.username
    if row["status"] == "archived":
        back = url_for("staff.draft", draft_id=draft_id)
        return message_page(t("staff_archived_title"), t("staff_archived_no_edit"), 409, back)
    before = staff_edit.current_follow_up(db, draft_id, row["draft"])
    if request.method == "GET":
        store.audit(db, user, "view_edit", draft_id, f"version {row['version']}")
        form = staff_view.form_from_draft(row, follow_up=before)
        return render_template("staff/edit.html", **staff_view.edit_context(row, form))
    form, new_draft, errors = staff_edit.parse_edit(
        request.form, row["draft"], today=today(current_app), follow_up_before=before
    )
    if errors:
        context = staff_view.edit_context(row, form, errors=errors)
        return render_template("staff/edit.html", **context), 400
    try:
        version = store.save_version(db, draft_id, form["version"], new_draft, user, form["note"])
    except Conflict:
        fresh = _draft_or_404(draft_id)
        context = staff_view.edit_context(
            fresh, dict(form, version=fresh["version"]), conflict=True
        )
        return render_template("staff/edit.html", **context), 409
    token = staff_edit.schedule_follow_up(db, draft_id, new_draft.get("follow_up"), before, user)
    flash(t("staff_saved_version", version=version), "info")
    if token and "followup.by_link" in current_app.view_functions:
        link = url_for("followup.by_link", token=token, _external=True)
        flash(t("staff_follow_up_link", link=link), "info")
    return redirect(url_for("staff.draft", draft_id=draft_id))


@bp.post("/draft/<draft_id>/<any(approve, return, archive, take):action>")
@login_required
def change_status(draft_id: str, action: str):
    """Take a new draft, approve it (with a reason if the citizen did not confirm its
    wording), return it to the citizen (with a message) or archive it."""
    row = _draft_or_404(draft_id)
    back = url_for("staff.draft", draft_id=draft_id)
    version = staff_view.int_or_none(request.form.get("version"))
    if version is None:
        return message_page(t("staff_version_missing_title"), t("staff_version_missing"), 400, back)
    message = request.form.get("message", "").strip()
    if action == "return" and not message:
        return message_page(
            t("staff_message_missing_title"),
            t("staff_message_missing"),
            400,
            back,
        )
    if len(message) > MAX_MESSAGE:
        return message_page(
            t("staff_message_too_long_title"),
            t("staff_message_too_long", max=MAX_MESSAGE),
            400,
            back,
        )
    reason = request.form.get("reason", "").strip()[:MAX_MESSAGE]
    try:
        store.change_status(
            get_db(), draft_id, action, g.staff_user.username, version, message, reason=reason
        )
    except ReasonRequired:
        return message_page(
            t("staff_approve_reason_title"), t("staff_approve_reason_needed"), 400, back
        )
    except Conflict:
        text = t("staff_conflict")
        return message_page(t("staff_conflict_title"), text, 409, back)
    except StorageError:
        label = by_prefix("staff_status_").get(row["status"], row["status"]).lower()
        text = t("staff_action_impossible", action=t(f"staff_action_verb_{action}"), status=label)
        return message_page(t("staff_action_impossible_title"), text, 409, back)
    flash(t("staff_take_done") if action == "take" else t(f"staff_action_done_{action}"), "info")
    return redirect(back)


# Importing these modules registers their pages on bp.
from assistant.web import (  # noqa: E402,F401
    staff_admin,
    staff_case,
    staff_invite,
    staff_kiosk,
    staff_rejected,
    staff_sessions_view,
)
