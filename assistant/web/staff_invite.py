"""Staff create a personal link for a citizen (the same as `assistant invite`), list the links
made and revoke one."""

from __future__ import annotations

from flask import current_app, flash, g, redirect, render_template, request, url_for

from assistant.errors import NotFound, StorageError
from assistant.storage import staff as store
from assistant.storage.links import (
    DEFAULT_DAYS,
    MAX_DAYS,
    MAX_NAME_LENGTH,
    create_link,
    link_team,
    list_links,
    revoke_link,
)
from assistant.web import teams
from assistant.web.auth import bp, login_required, message_page
from assistant.web.common import t
from assistant.web.db import get_db
from assistant.web.forms import ascii_int


@bp.route("/invitation", methods=["GET", "POST"])
@login_required
def invitation():
    """Create a personal dialogue link; its token is shown once and stored only as a hash."""
    default_days = int(current_app.config.get("LINK_DAYS", DEFAULT_DAYS))
    own = {"days": default_days, "team": g.staff_user.team}
    if request.method == "GET":
        return render_template("staff/invitation.html", form=own, teams=teams.choices())
    form = {k: request.form.get(k, "").strip()[:200] for k in ("name", "days", "team")}
    days = ascii_int(form["days"], 4) or 0  # "²".isdigit() is True, int("²") fails
    team = teams.chosen(form["team"])
    error = None
    if team is None:
        error = t("staff_team_unknown")
    elif not 1 <= days <= MAX_DAYS:
        error = t("staff_invite_days", max=MAX_DAYS)
    elif len(form["name"]) > MAX_NAME_LENGTH:
        error = t("staff_invite_name_too_long", max=MAX_NAME_LENGTH)
    if error:
        page = render_template(
            "staff/invitation.html", form=form, error=error, teams=teams.choices()
        )
        return page, 400
    db = get_db()
    try:
        token, link = create_link(
            db,
            days=days,
            citizen_name=form["name"] or None,
            created_by=g.staff_user.username,
            team=team,
        )
    except StorageError:
        return render_template(
            "staff/invitation.html",
            form=form,
            error=t("staff_invite_failed"),
            teams=teams.choices(),
        ), 503
    detail = f"expires {link.expires_at[:10]}, team {link.team}"
    store.audit(db, g.staff_user.username, "create_link", detail=detail)
    url = url_for("citizen.personal_link", token=token, _external=True)
    return render_template(
        "staff/invitation.html", form=own, url=url, link=link, teams=teams.choices()
    ), 201


@bp.get("/invitationer")
@login_required
def invitations():
    """The links made, newest first: made when and by whom, expiry and state (no names)."""
    db = get_db()
    # Links carry no citizen data here: administrators see every team's, staff their own.
    team = None if g.staff_user.is_admin else g.staff_user.team
    rows = [{**r, "label": t(f"staff_invite_state_{r['state']}")} for r in list_links(db, team)]
    store.audit(db, g.staff_user.username, "view_links", detail=f"{len(rows)} links")
    return render_template("staff/invitations.html", rows=rows)


@bp.post("/invitationer/<link_id>/luk")
@login_required
def revoke_invitation(link_id: str):
    """Revoke a link so it no longer works (audited)."""
    db = get_db()
    try:
        # need-to-know: another team's link is as unknown to staff as a missing one
        own = g.staff_user.is_admin or link_team(db, link_id[:64]) == g.staff_user.team
        done = own and revoke_link(db, link_id[:64], by=g.staff_user.username)
    except NotFound:
        done = False
    if not done:
        return message_page(t("staff_invites_title"), t("staff_invites_gone"), 404)
    store.audit(db, g.staff_user.username, "revoke_link", detail=link_id[:8])
    flash(t("staff_invites_revoked"), "info")
    return redirect(url_for("staff.invitations"))
