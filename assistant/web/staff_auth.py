"""Who is signed in on the staff side, for blueprints outside /staff (read-aloud, exports)."""

from __future__ import annotations

from flask import g, session

from assistant import accounts
from assistant.errors import NotFound
from assistant.web.db import get_db


def signed_in_staff() -> accounts.User | None:
    """Return the active staff member of this request's cookie, or None."""
    if g.get("staff_user") is not None:
        return g.staff_user
    uid = session.get("staff_uid")
    if uid is None:
        return None
    try:
        user = accounts.get_user(get_db(), uid)
    except NotFound:
        return None
    return user if user.active else None
