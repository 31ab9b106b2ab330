"""Server-side staff sessions: a random token in the cookie, its state (and end) in the database."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlite_utils import Database, Migrations

from assistant.storage import iso, register

MIGRATIONS = register(Migrations("hverdagsmaal-staff-sessions"))

IDLE = timedelta(minutes=30)
ABSOLUTE = timedelta(hours=8)
MAX_AGENT = 200


@MIGRATIONS()
def m001_staff_sessions(db: Database) -> None:
    """Create staff_sessions (the token only as its SHA-256)."""
    db["staff_sessions"].create(
        {
            "id": int,
            "token_hash": str,
            "user_id": int,
            "created": str,
            "seen": str,
            "address": str,
            "agent": str,
            "ended": str,
            "end_reason": str,
        },
        pk="id",
        not_null={"token_hash", "user_id", "created", "seen"},
    )
    db["staff_sessions"].create_index(["token_hash"], unique=True)
    db["staff_sessions"].create_index(["user_id", "ended"])


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _iso(moment: datetime) -> str:
    return iso(moment)


def start(
    db: Database, user_id: int, address: str = "", agent: str = "", now: datetime | None = None
) -> str:
    """Open a session for a user; return its token (the cookie's value, never stored)."""
    token = secrets.token_urlsafe(32)
    moment = _iso(now or datetime.now(UTC))
    with db.atomic():
        db["staff_sessions"].insert(
            {
                "token_hash": _hash(token),
                "user_id": user_id,
                "created": moment,
                "seen": moment,
                "address": address[:64],
                "agent": agent[:MAX_AGENT],
            }
        )
    return token


def resume(
    db: Database,
    token: str,
    *,
    idle: timedelta = IDLE,
    absolute: timedelta = ABSOLUTE,
    now: datetime | None = None,
) -> tuple[int | None, str | None]:
    """Return (user id, None) for a live session, renewing its idle timer, or (None, why).

    `why` is "unknown", "ended", "idle" or "absolute"; an expired session is ended here.
    """
    if not isinstance(token, str) or not token or len(token) > 100:
        return None, "unknown"
    rows = list(db.query("select * from staff_sessions where token_hash = ?", [_hash(token)]))
    if not rows:
        return None, "unknown"
    row, moment = rows[0], now or datetime.now(UTC)
    if row["ended"]:
        return None, "ended"
    if moment - datetime.fromisoformat(row["created"]) > absolute:
        end(db, row["id"], "absolute", now=moment)
        return None, "absolute"
    if moment - datetime.fromisoformat(row["seen"]) > idle:
        end(db, row["id"], "idle", now=moment)
        return None, "idle"
    with db.atomic():
        db.execute("update staff_sessions set seen = ? where id = ?", [_iso(moment), row["id"]])
    return row["user_id"], None


def session_id_of(db: Database, token: str) -> int | None:
    """Return the row id of the session with this token, or None."""
    rows = list(db.query("select id from staff_sessions where token_hash = ?", [_hash(token)]))
    return rows[0]["id"] if rows else None


def end(db: Database, session_id: int, reason: str, now: datetime | None = None) -> bool:
    """End one session (logout, an admin's decision, expiry); True if it was still open."""
    with db.atomic():
        return bool(
            db.execute(
                "update staff_sessions set ended = ?, end_reason = ?"
                " where id = ? and ended is null",
                [_iso(now or datetime.now(UTC)), reason, session_id],
            ).rowcount
        )


def end_for_user(db: Database, user_id: int, reason: str, now: datetime | None = None) -> int:
    """End every open session of a user (password, role or state changed); return how many."""
    with db.atomic():
        return db.execute(
            "update staff_sessions set ended = ?, end_reason = ?"
            " where user_id = ? and ended is null",
            [_iso(now or datetime.now(UTC)), reason, user_id],
        ).rowcount


def list_active(
    db: Database,
    *,
    idle: timedelta = IDLE,
    absolute: timedelta = ABSOLUTE,
    now: datetime | None = None,
) -> list[dict]:
    """Return the open, unexpired sessions with their user names, most recently seen first."""
    moment = now or datetime.now(UTC)
    rows = db.query(
        "select s.id, s.user_id, u.username, u.role, s.created, s.seen, s.address, s.agent"
        " from staff_sessions s join users u on u.id = s.user_id"
        " where s.ended is null and s.seen > ? and s.created > ? order by s.seen desc",
        [_iso(moment - idle), _iso(moment - absolute)],
    )
    return [dict(r) for r in rows]


def prune(db: Database, older_than_days: int, now: datetime | None = None) -> int:
    """Delete sessions (with their addresses) that ended or began more than N days ago."""
    before = _iso((now or datetime.now(UTC)) - timedelta(days=older_than_days))
    with db.atomic():
        return db.execute(
            "delete from staff_sessions where created < ? or (ended is not null and ended < ?)",
            [before, before],
        ).rowcount
