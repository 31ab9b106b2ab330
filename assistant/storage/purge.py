"""Purge old data in ONE transaction: unfinished sessions and drafts past the retention period."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from assistant.storage import utcnow
from assistant.storage.drafts import log_event
from assistant.storage.gdpr import delete_citizen_data, prune_login_attempts, purge_candidates

PURGE_USER = "system:purge"


@dataclass
class PurgeReport:
    """What a purge deleted (or, in a dry run, would delete): session ids and row counts."""

    unfinished: list[Any] = field(default_factory=list)
    expired: list[Any] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)


def _when(value: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def still_due(db: Database, session_id: Any, kind: str, before: datetime) -> bool:
    """Re-check at delete time that a session is still old enough to purge (kind: unfinished
    or expired); an answer or a staff edit since it was listed makes it young again."""
    if kind == "unfinished":
        rows = db.execute(
            "SELECT updated, created FROM sessions s WHERE id = ?"
            " AND NOT EXISTS (SELECT 1 FROM drafts d WHERE d.session_id = s.id)",
            [session_id],
        ).fetchall()
        stamps = [_when(rows[0][0]) or _when(rows[0][1])] if rows else []
    else:
        rows = db.execute(
            "SELECT updated, created FROM drafts WHERE session_id = ?", [session_id]
        ).fetchall()
        stamps = [_when(updated) or _when(created) for updated, created in rows]
    return bool(stamps) and all(s is not None and s < before for s in stamps)


def purge_old_data(
    db: Database,
    unfinished_days: int,
    retention_days: int,
    *,
    dry_run: bool = False,
    now: datetime | None = None,
) -> PurgeReport:
    """Delete old unfinished sessions and expired drafts (audited) and old sign-in attempts.

    Listing and deleting happen in one transaction that holds the write lock from its start
    (BEGIN IMMEDIATE), and each session's age is checked again right before it is deleted:
    an answer stored before the purge began keeps its session, and one sent meanwhile waits
    for the purge and then finds no session (it is refused, never acknowledged then lost).
    Raises sqlite3.OperationalError when the database stays locked past the busy timeout.
    """
    moment = now or utcnow()
    if dry_run:
        found = purge_candidates(db, unfinished_days, retention_days, now=moment)
        return PurgeReport(found["unfinished"], found["expired"])
    report = PurgeReport()
    cutoffs = {
        "unfinished": moment - timedelta(days=unfinished_days),
        "expired": moment - timedelta(days=retention_days),
    }
    with db.atomic():
        found = purge_candidates(db, unfinished_days, retention_days, now=moment)
        for kind, reason in (("unfinished", "purge_unfinished"), ("expired", "purge_retention")):
            for session_id in found[kind]:
                if not still_due(db, session_id, kind, cutoffs[kind]):
                    continue
                counts = delete_citizen_data(db, session_id, PURGE_USER, reason)
                for table, n in counts.items():
                    report.rows[table] = report.rows.get(table, 0) + n
                log_event(db, reason, detail={"session": session_id, "deleted": counts})
                getattr(report, kind).append(session_id)
        report.rows["login_attempts"] = prune_login_attempts(db, unfinished_days, now=moment)
    return report
