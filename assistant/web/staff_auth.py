"""Staff sign-in state: a random session token in the cookie, the session itself in the database."""

from __future__ import annotations

from datetime import timedelta

from flask import current_app, g, request, session

from assistant import accounts
from assistant.errors import NotFound
from assistant.storage import staff_sessions
from assistant.web.db import get_db

SESSION_KEY = "staff_session"


def _limits() -> dict[str, timedelta]:
    cfg = current_app.config
    return {
        "idle": timedelta(minutes=float(cfg.get("STAFF_SESSION_MINUTES", 30))),
        "absolute": timedelta(hours=float(cfg.get("STAFF_SESSION_HOURS", 8))),
    }


def load() -> tuple[accounts.User | None, str | None]:
    """Return (the signed-in user, None), or (None, why the session ended: idle, absolute, ...)."""
    if "staff_loaded" in g:
        return g.staff_loaded
    g.staff_loaded = (None, None)
    token = session.get(SESSION_KEY)
    if token is None:
        return g.staff_loaded
    db = get_db()
    user_id, why = staff_sessions.resume(db, token, **_limits())
    user = None
    if user_id is not None:
        try:
            user = accounts.get_user(db, user_id)
        except NotFound:
            user = None
    if user is None or not user.active:
        session.pop(SESSION_KEY, None)
        g.staff_loaded = (None, why)
        return g.staff_loaded
    g.staff_loaded = (user, None)
    g.staff_session_id = staff_sessions.session_id_of(db, token)
    return g.staff_loaded


def signed_in_staff() -> accounts.User | None:
    """Return the active staff member of this request's cookie, or None."""
    return load()[0]


def sign_in(user: accounts.User) -> None:
    """Start a new server-side session for user and put only its token in a fresh cookie."""
    session.clear()
    agent = request.headers.get("User-Agent", "")
    token = staff_sessions.start(get_db(), user.id, request.remote_addr or "", agent)
    session[SESSION_KEY] = token
    g.staff_loaded = (user, None)
    g.staff_session_id = staff_sessions.session_id_of(get_db(), token)


def sign_out(reason: str = "logout") -> None:
    """End this cookie's server-side session and forget its token."""
    token = session.pop(SESSION_KEY, None)
    if token:
        session_id = staff_sessions.session_id_of(get_db(), token)
        if session_id is not None:
            staff_sessions.end(get_db(), session_id, reason)
    g.staff_loaded = (None, None)
