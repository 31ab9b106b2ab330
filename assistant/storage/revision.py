"""A returned draft reopened by the citizen: the same session and draft, a new version."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from assistant.errors import Conflict, NotFound
from assistant.storage import iso, new_id, transaction, utcnow
from assistant.storage.drafts import (
    Draft,
    add_event,
    dumps,
    get_draft,
    get_draft_for_session,
    update_draft,
)
from assistant.storage.staff import CITIZEN_EDITOR, _snapshot_original, get_draft_row

REVISION_NOTE = "revision"


def reopen_returned(
    db: Database, draft_id: str, state: dict[str, Any], *, now: datetime | None = None
) -> tuple[str, str]:
    """Make the session of a returned draft active again with `state`; return (session id,
    device token): one device at a time, so the browser that reopens it is the one that holds it.

    A session already reopened (closed browser, paused) is set back to the summary again.
    Raises NotFound (no such draft) or Conflict (the draft is not returned, or its session
    was refused or rejected).
    """
    stamp = iso(now or utcnow())
    with transaction(db):
        draft = get_draft(db, draft_id)
        if draft.status != "returned":
            raise Conflict(f"draft {draft_id!r} is {draft.status}, not returned")
        row = db.execute("SELECT status FROM sessions WHERE id = ?", [draft.session_id]).fetchone()
        if row is None:
            raise NotFound(f"draft {draft_id!r} has no session")
        if row[0] not in ("done", "active", "paused"):
            raise Conflict(f"session of draft {draft_id!r} is {row[0]}")
        device = new_id()
        db.execute(
            "UPDATE sessions SET state = ?, status = 'active', resume_code = NULL,"
            " resume_expires = NULL, updated = ?, device = ? WHERE id = ?",
            [dumps(state), stamp, device, draft.session_id],
        )
        add_event(
            db,
            "draft_reopened",
            stamp,
            session_id=draft.session_id,
            draft_id=draft.id,
            detail={"version": draft.version},
        )
    return draft.session_id, device


def has_draft(db: Database, session_id: str) -> bool:
    """True when the session already produced a draft (its next draft is a revision)."""
    return bool(db.execute("SELECT 1 FROM drafts WHERE session_id = ?", [session_id]).fetchone())


def revise_draft(db: Database, session_id: str, data: dict[str, Any], stamp: str) -> Draft:
    """Store the citizen's answer to a returned draft as its next version, back in review.

    Call inside the caller's transaction. The earlier versions stay in draft_versions (the
    citizen's first one is kept before it is replaced). Raises NotFound or Conflict (the draft
    is no longer returned, e.g. archived meanwhile).
    """
    current = get_draft_for_session(db, session_id)
    if current.status != "returned":
        raise Conflict(f"draft {current.id!r} is {current.status}, not returned")
    _snapshot_original(db, get_draft_row(db, current.id))
    stored = update_draft(
        db,
        current.id,
        version=current.version,
        data=dict(data, created=current.data.get("created") or data.get("created")),
        status="in_review",
        actor=CITIZEN_EDITOR,
        now=datetime.fromisoformat(stamp),
    )
    db["draft_versions"].insert(
        {
            "draft_id": stored.id,
            "version": stored.version,
            "json": json.dumps(stored.data, ensure_ascii=False),
            "edited_by": CITIZEN_EDITOR,
            "at": stored.updated,
            "note": REVISION_NOTE,
        }
    )
    add_event(
        db,
        "draft_revised",
        stamp,
        session_id=session_id,
        draft_id=stored.id,
        detail={"version": stored.version},
    )
    return stored
