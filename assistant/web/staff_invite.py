"""Staff create a personal link for a citizen (the same as `assistant invite`)."""

from __future__ import annotations

from flask import current_app, g, render_template, request, url_for

from assistant.errors import StorageError
from assistant.storage import staff as store
from assistant.storage.links import MAX_NAME_LENGTH, create_link
from assistant.web import teams
from assistant.web.auth import bp, login_required
from assistant.web.common import t
from assistant.web.db import get_db
from assistant.web.forms import ascii_int

MAX_DAYS = 365


@bp.route("/invitation", methods=["GET", "POST"])
@login_required
def invitation():
    """Create a personal dialogue link; its token is shown once and stored only as a hash."""
    default_days = int(current_app.config.get("LINK_DAYS", 30))
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
        error = f"Vælg hvor mange dage linket virker (1 til {MAX_DAYS})."
    elif len(form["name"]) > MAX_NAME_LENGTH:
        error = f"Navnet må højst have {MAX_NAME_LENGTH} tegn."
    if error:
        page = render_template(
            "staff/invitation.html", form=form, error=error, teams=teams.choices()
        )
        return page, 400
    db = get_db()
    try:
        token, link = create_link(db, days=days, citizen_name=form["name"] or None, team=team)
    except StorageError:
        return render_template(
            "staff/invitation.html",
            form=form,
            error="Linket kunne ikke oprettes. Prøv igen.",
            teams=teams.choices(),
        ), 503
    detail = f"expires {link.expires_at[:10]}, team {link.team}"
    store.audit(db, g.staff_user.username, "create_link", detail=detail)
    url = url_for("citizen.personal_link", token=token, _external=True)
    return render_template(
        "staff/invitation.html", form=own, url=url, link=link, teams=teams.choices()
    ), 201
