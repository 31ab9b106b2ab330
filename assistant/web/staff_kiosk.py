"""Staff page that turns a shared screen into a kiosk of a team (or back), and makes a setup
link; staff give their own team, an administrator may choose one."""

from __future__ import annotations

from flask import abort, make_response, redirect, render_template, request, url_for

from assistant.web import kiosk, teams
from assistant.web.auth import bp, login_required


@bp.route("/kiosk", methods=["GET", "POST"])
@login_required
def kiosk_device():
    """Show whether this device is a kiosk; turn it on or off; offer a setup link."""
    source = request.form if request.method == "POST" else request.args
    team = teams.chosen(source.get("team"))
    if team is None:
        abort(400)
    if request.method == "POST":
        if request.form.get("kiosk") not in ("on", "off"):
            abort(400)
        on = request.form.get("kiosk") == "on"
        target = url_for("citizen.kiosk") if on else url_for("staff.kiosk_device")
        return kiosk.set_device(make_response(redirect(target, 303)), on=on, team=team)
    link = url_for("kiosk.setup", token=kiosk.setup_token(team), _external=True)
    return render_template(
        "staff/kiosk.html",
        is_kiosk=kiosk.is_kiosk_device(),
        device_team=kiosk.kiosk_team(),
        link=link,
        hours=kiosk.setup_hours(),
        team=team,
        teams=teams.choices(),
    )
