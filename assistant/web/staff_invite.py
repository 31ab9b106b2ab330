"""Staff create a personal link for a citizen (the same as `assistant invite`)."""

from __future__ import annotations

from flask import current_app, g, render_template, request, url_for

from assistant.errors import StorageError
from assistant.storage import staff as store
from assistant.storage.links import MAX_NAME_LENGTH, create_link
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
    if request.method == "GET":
        return render_template("staff/invitation.html", form={"days": default_days})
    form = {k: request.form.get(k, "").strip()[:200] for k in ("name", "days")}
    days = ascii_int(form["days"], 4) or 0  # "²".isdigit() is True, int("²") fails
    error = None
    if not 1 <= days <= MAX_DAYS:
        error = t("staff_invite_days", max=MAX_DAYS)
    elif len(form["name"]) > MAX_NAME_LENGTH:
        error = t("staff_invite_name_too_long", max=MAX_NAME_LENGTH)
    if error:
        return render_template("staff/invitation.html", form=form, error=error), 400
    db = get_db()
    try:
        token, link = create_link(db, days=days, citizen_name=form["name"] or None)
    except StorageError:
        return render_template(
            "staff/invitation.html", form=form, error=t("staff_invite_failed")
        ), 503
    store.audit(db, g.staff_user.username, "create_link", detail=f"expires {link.expires_at[:10]}")
    url = url_for("citizen.personal_link", token=token, _external=True)
    return render_template(
        "staff/invitation.html", form={"days": default_days}, url=url, link=link
    ), 201
