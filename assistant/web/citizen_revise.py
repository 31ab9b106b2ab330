"""A returned draft: the municipality's message first, then the same draft's goal summary again."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, session, url_for

from assistant.dialogs.revise import reopen_state
from assistant.errors import Conflict, NotFound
from assistant.storage import revision, sessions
from assistant.web.common import danish, t
from assistant.web.db import get_db
from assistant.web.kiosk import is_kiosk

bp = Blueprint("citizen_revise", __name__)


def returned_page(draft):
    """Show the municipality's message; this browser may then reopen that draft (and only it)."""
    session["revise"] = draft.id
    return render_template(
        "citizen/returned.html", message=draft.return_message or "", kiosk=is_kiosk()
    )


@bp.post("/ret-maal")
def revise():
    """Reopen the returned draft shown on this browser: the goal summary with its current goal."""
    db, draft_id = get_db(), session.get("revise")
    if not draft_id:
        abort(404, danish(t("err_no_session")))
    try:
        draft = sessions.get_draft(db, draft_id)
        stored = sessions.get_session(db, draft.session_id)
        state = reopen_state(stored.state, draft.data, draft.version)
        sid, device = revision.reopen_returned(db, draft.id, state)
    except (NotFound, Conflict):
        session.pop("revise", None)
        abort(409, danish(t("returned_gone")))
    keep = ("kiosk", "csrf_token", "link_id", "link_name")
    kept = {key: session[key] for key in keep if key in session}
    session.clear()
    session.update(kept, sid=sid, dev=device, returned=draft.return_message or None)
    return redirect(url_for("citizen.dialogue"), 303)
