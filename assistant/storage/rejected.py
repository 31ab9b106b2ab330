"""Sessions the citizen stopped at "Er det dit eget mål?" (status rejected): read-only."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from assistant.errors import NotFound


def _row(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": r["id"],
        "state": json.loads(r["state"]),
        "channel": r["channel"],
        "mode": r["mode"],
        "link_id": r["link_id"],
        "created": r["created"],
        "updated": r["updated"],
    }


def list_rejected(db: Database) -> list[dict[str, Any]]:
    """Return the rejected sessions, the last stopped first, each with its state parsed."""
    rows = db.query("SELECT * FROM sessions WHERE status = 'rejected' ORDER BY updated DESC, id")
    return [_row(r) for r in rows]


def count_rejected(db: Database) -> int:
    """Return how many sessions are rejected."""
    return db.execute("SELECT COUNT(*) FROM sessions WHERE status = 'rejected'").fetchone()[0]


def get_rejected(db: Database, session_id: str) -> dict[str, Any]:
    """Return one rejected session. Raises NotFound when there is none (or it is not rejected)."""
    rows = list(
        db.query("SELECT * FROM sessions WHERE id = ? AND status = 'rejected'", [str(session_id)])
    )
    if not rows:
        raise NotFound(f"no rejected session {session_id!r}")
    return _row(rows[0])
