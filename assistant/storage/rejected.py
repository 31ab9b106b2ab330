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


def list_rejected(db: Database, team: str) -> list[dict[str, Any]]:
    """Return a team's rejected sessions, the last stopped first, each with its state parsed."""
    rows = db.query(
        "SELECT * FROM sessions WHERE status = 'rejected' AND team = ? ORDER BY updated DESC, id",
        [team],
    )
    return [_row(r) for r in rows]


def count_rejected(db: Database, team: str) -> int:
    """Return how many of a team's sessions are rejected."""
    sql = "SELECT COUNT(*) FROM sessions WHERE status = 'rejected' AND team = ?"
    return db.execute(sql, [team]).fetchone()[0]


def get_rejected(db: Database, session_id: str, team: str) -> dict[str, Any]:
    """Return one rejected session of a team. Raises NotFound when there is none (or it is not
    rejected, or another team's: need-to-know)."""
    rows = list(
        db.query(
            "SELECT * FROM sessions WHERE id = ? AND status = 'rejected' AND team = ?",
            [str(session_id), team],
        )
    )
    if not rows:
        raise NotFound(f"no rejected session {session_id!r}")
    return _row(rows[0])
