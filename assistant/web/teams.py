"""The team a staff member gives to what they create (a citizen link, a kiosk device):
their own team, or for an administrator a chosen one."""

from __future__ import annotations

from flask import current_app, g

from assistant.storage import DEFAULT_TEAM
from assistant.storage.identities import known_teams
from assistant.web.db import get_db


def choices() -> list[str]:
    """Return the teams the signed-in staff member may choose from (only their own if staff)."""
    user = g.staff_user
    if not user.is_admin:
        return [user.team]
    default = current_app.config.get("DEFAULT_TEAM") or DEFAULT_TEAM
    return sorted(set(known_teams(get_db())) | {user.team, default})


def chosen(value: str | None) -> str | None:
    """Return the team for a new link or kiosk: an administrator's choice when it is a known
    team, the staff member's own team when nothing was chosen; None for an unknown choice."""
    value = (value or "").strip()
    if not value:
        return g.staff_user.team
    return value if value in choices() else None
