"""Drafts handed to staff and the event log (tables created by the sessions migrations)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from assistant.errors import Conflict, NotFound, StorageError
from assistant.storage import (
    DEFAULT_TEAM,
    from_row,
    iso,
    new_id,
    normalise_code,
    random_code,
    utcnow,
)

DRAFT_STATUSES = ("new", "in_review", "approved", "returned", "archived")
CODE_LENGTH = 6


@dataclass(frozen=True)
class Draft:
    """One stored draft handed to staff; `data` is the draft JSON of spec/dialogue.md."""

    id: str
    session_id: str
    receipt_code: str
    data: dict[str, Any]
    version: int
    status: str
    return_message: str | None
    created: str
    updated: str
    team: str = DEFAULT_TEAM


def dumps(value: Any) -> str:
    """Return compact JSON text that keeps non-ASCII letters (objects by their to_json())."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=_plain)


def _plain(value: Any) -> Any:
    """A typed record (e.g. the dialogue state) is stored as its to_json(); others fail.

    A record with json_view() (its JSON without a copy, to serialise at once) is read by that.
    """
    if callable(getattr(value, "json_view", None)):
        return value.json_view()
    if callable(getattr(value, "to_json", None)):
        return value.to_json()
    raise TypeError(f"{type(value).__name__} is not JSON-serialisable")


def _draft(row: dict[str, Any]) -> Draft:
    return from_row(Draft, row, data=json.loads(row["json"]))


def unique_code(db: Database, table: str, column: str) -> str:
    """Return a random code not yet used in table.column. Raises StorageError if none found."""
    for _ in range(50):
        code = random_code(CODE_LENGTH)
        if not db.execute(f"SELECT 1 FROM {table} WHERE {column} = ?", [code]).fetchone():
            return code
    raise StorageError(f"could not find a free code for {table}.{column}")


def insert_draft(
    db: Database, session_id: str, draft: dict[str, Any], stamp: str
) -> tuple[str, str]:
    """Insert a new draft inside the caller's transaction; return (draft id, receipt code)."""
    draft_id = new_id()
    receipt = unique_code(db, "drafts", "receipt_code")
    team = db.execute("SELECT team FROM sessions WHERE id = ?", [session_id]).fetchone()
    data = dict(draft)
    data["draft_id"] = draft_id
    data["receipt_code"] = receipt
    data.setdefault("created", stamp)
    try:
        data_json = dumps(data)
    except (TypeError, ValueError) as exc:
        raise StorageError(f"draft is not JSON-serialisable: {exc}") from exc
    db["drafts"].insert(
        {
            "id": draft_id,
            "session_id": session_id,
            "receipt_code": receipt,
            "json": data_json,
            "version": 1,
            "status": "new",
            "return_message": None,
            "created": stamp,
            "updated": stamp,
            "team": team[0] if team and team[0] else DEFAULT_TEAM,
        }
    )
    add_event(db, "draft_created", stamp, session_id=session_id, draft_id=draft_id)
    return draft_id, receipt


def get_draft(db: Database, draft_id: str) -> Draft:
    """Return the draft with this id. Raises NotFound if there is none."""
    rows = list(db.query("SELECT * FROM drafts WHERE id = ?", [str(draft_id)]))
    if not rows:
        raise NotFound(f"no draft {draft_id!r}")
    return _draft(rows[0])


def draft_team(db: Database, draft_id: str) -> str | None:
    """Return the team a draft belongs to, or None when there is no such draft."""
    row = db.execute("SELECT team FROM drafts WHERE id = ?", [str(draft_id)]).fetchone()
    return (row[0] or DEFAULT_TEAM) if row else None


def get_draft_by_receipt(db: Database, receipt_code: str) -> Draft:
    """Return the draft with this receipt code (normalised). Raises NotFound if there is none."""
    rows = list(
        db.query("SELECT * FROM drafts WHERE receipt_code = ?", [normalise_code(receipt_code)])
    )
    if not rows:
        raise NotFound("no draft with that receipt code")
    return _draft(rows[0])


def get_draft_for_session(db: Database, session_id: str) -> Draft:
    """Return the draft a session produced. Raises NotFound if it has none."""
    rows = list(db.query("SELECT * FROM drafts WHERE session_id = ?", [str(session_id)]))
    if not rows:
        raise NotFound(f"session {session_id!r} has no draft")
    return _draft(rows[0])


def list_drafts(db: Database, status: str | None = None) -> list[Draft]:
    """Return drafts newest first, optionally of one status. Raises StorageError on bad status."""
    if status is None:
        rows = db.query("SELECT * FROM drafts ORDER BY created DESC, id")
    elif status in DRAFT_STATUSES:
        rows = db.query("SELECT * FROM drafts WHERE status = ? ORDER BY created DESC, id", [status])
    else:
        raise StorageError(f"unknown draft status {status!r}")
    return [_draft(r) for r in rows]


def update_draft(
    db: Database,
    draft_id: str,
    *,
    version: int,
    data: dict[str, Any] | None = None,
    status: str | None = None,
    return_message: str | None = None,
    actor: str | None = None,
    now: datetime | None = None,
) -> Draft:
    """Change a draft's data and/or status if `version` is the stored one; return the new draft.

    Raises NotFound (no draft), Conflict (stored version differs), StorageError (bad status).
    """
    if status is not None and status not in DRAFT_STATUSES:
        raise StorageError(f"unknown draft status {status!r}")
    stamp = iso(now or utcnow())
    with db.atomic():
        current = get_draft(db, draft_id)
        if current.version != version:
            raise Conflict(f"draft {draft_id!r} is at version {current.version}, not {version}")
        new_data = dict(current.data if data is None else data)
        new_data["draft_id"] = current.id
        new_data["receipt_code"] = current.receipt_code
        db.execute(
            "UPDATE drafts SET json = ?, version = ?, status = ?, return_message = ?, updated = ?"
            " WHERE id = ? AND version = ?",
            [
                dumps(new_data),
                version + 1,
                status or current.status,
                return_message if return_message is not None else current.return_message,
                stamp,
                draft_id,
                version,
            ],
        )
        detail = {"version": version + 1, "status": status or current.status, "actor": actor}
        add_event(
            db,
            "draft_updated",
            stamp,
            session_id=current.session_id,
            draft_id=draft_id,
            detail=detail,
        )
    return get_draft(db, draft_id)


def log_event(
    db: Database,
    kind: str,
    *,
    session_id: str | None = None,
    draft_id: str | None = None,
    detail: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> int:
    """Append one event row and commit it; return its id. Raises StorageError on bad detail."""
    with db.atomic():
        return add_event(
            db, kind, iso(now or utcnow()), session_id=session_id, draft_id=draft_id, detail=detail
        )


def list_events(db: Database, *, session_id=None, draft_id=None) -> list[dict[str, Any]]:
    """Return events in order, optionally of one session or draft. Raises nothing."""
    where, params = [], []
    if session_id is not None:
        where.append("session_id = ?")
        params.append(session_id)
    if draft_id is not None:
        where.append("draft_id = ?")
        params.append(draft_id)
    sql = "SELECT * FROM events" + (" WHERE " + " AND ".join(where) if where else "")
    rows = db.query(sql + " ORDER BY id", params)
    return [dict(r, detail=None if r["detail"] is None else json.loads(r["detail"])) for r in rows]


def add_event(db, kind, stamp, *, session_id=None, draft_id=None, detail=None) -> int:
    """Insert one event inside the caller's transaction; return its id."""
    try:
        detail_json = None if detail is None else dumps(detail)
    except (TypeError, ValueError) as exc:
        raise StorageError(f"event detail is not JSON-serialisable: {exc}") from exc
    cursor = db.execute(
        "INSERT INTO events (at, kind, session_id, draft_id, detail) VALUES (?, ?, ?, ?, ?)",
        [stamp, kind, session_id, draft_id, detail_json],
    )
    return cursor.lastrowid
