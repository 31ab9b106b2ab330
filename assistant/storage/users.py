"""Staff users and their sign-in attempts (tables made by storage/staff.py): SQL of accounts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlite_utils import Database

from assistant.storage import iso, utcnow
from assistant.storage import staff as _staff  # noqa: F401  (its migrations create the tables)

LOGIN_COLUMNS = ("username", "address")


def user_exists(db: Database, username: str) -> bool:
    """True when a user has this (canonical) name."""
    return bool(list(db.query("select 1 from users where username = ?", [username])))


def insert_user(db: Database, row: dict[str, Any]) -> int:
    """Store a new user row (stamped `created` now); return its id."""
    return db["users"].insert({**row, "created": iso(utcnow())}).last_pk


def user_row(db: Database, user_id: Any) -> dict[str, Any] | None:
    """Return the user row with this id, or None."""
    rows = list(db.query("select * from users where id = ?", [user_id]))
    return rows[0] if rows else None


def active_user_row(db: Database, username: str) -> dict[str, Any] | None:
    """Return the active user with this (canonical) name, or None."""
    rows = list(db.query("select * from users where username = ? and active = 1", [username]))
    return rows[0] if rows else None


def user_rows(db: Database) -> list[dict[str, Any]]:
    """Return every user row, by name."""
    return list(db.query("select * from users order by username"))


def count_users(db: Database) -> int:
    """Return how many users exist."""
    return db["users"].count


def update_user(db: Database, user_id: Any, values: dict[str, Any]) -> None:
    """Change some columns of one user."""
    db["users"].update(user_id, values)


def login_failures(
    db: Database, column: str, value: str, since: datetime, reset_by_success: bool
) -> tuple[int, datetime | None]:
    """Failed attempts for this name or address after `since` (and, if asked, after its last
    success) and when the last one was. Raises ValueError for another column."""
    if column not in LOGIN_COLUMNS:
        raise ValueError(f"login attempts are counted by {LOGIN_COLUMNS}, not {column!r}")
    after = iso(since)
    if reset_by_success:
        last_ok = list(
            db.query(
                f"select max(at) as at from login_attempts where {column} = ? and ok = 1",  # noqa: S608
                [value],
            )
        )[0]["at"]
        if last_ok and last_ok > after:
            after = last_ok
    row = list(
        db.query(
            f"select count(*) as n, max(at) as last from login_attempts "  # noqa: S608
            f"where {column} = ? and ok = 0 and at > ?",
            [value, after],
        )
    )[0]
    return row["n"], (datetime.fromisoformat(row["last"]) if row["last"] else None)


def record_login_attempt(
    db: Database, username: str, address: str, moment: datetime, ok: bool
) -> None:
    """Count one sign-in attempt (password or code) of this name from this address."""
    db["login_attempts"].insert(
        {"username": username, "address": address, "at": iso(moment), "ok": ok}
    )
