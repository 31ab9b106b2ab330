"""Where a citizen session comes from and where it may go on: its team at the start, and one
device at a time (a resume elsewhere ends the session in the browser that held it)."""

from __future__ import annotations

import time

from flask import current_app, g, render_template, session

from assistant.errors import NotFound
from assistant.storage import DEFAULT_TEAM, links, sessions
from assistant.web.db import get_db
from assistant.web.kiosk import is_kiosk, kiosk_team


def team_of_start(db, link_id: str | None) -> str:
    """Return the team a new session belongs to: its link's, else the kiosk device's, else
    the configured DEFAULT_TEAM (the plain public start page)."""
    return (
        links.link_team(db, link_id)
        or kiosk_team()
        or current_app.config.get("DEFAULT_TEAM")
        or DEFAULT_TEAM
    )


def one_device():
    """Before a citizen request: a browser whose session was resumed on another device gets
    the kind 'continued elsewhere' page (not an error) and forgets the session."""
    sid = session.get("sid")
    if not sid:
        return None
    try:
        stored = sessions.get_session(get_db(), sid)
    except NotFound:
        return None
    if not stored.device or session.get("dev") == stored.device:
        g.device_checked = stored  # the view reads it instead of a second read
        return None
    kiosk = is_kiosk()
    session.clear()
    if kiosk:
        session.update(kiosk=True, seen=time.time())
    return render_template("citizen/elsewhere.html", kiosk=kiosk), 200
