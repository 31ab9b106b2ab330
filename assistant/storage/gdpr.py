"""All stored data of one citizen: find it, export it, delete it (GDPR) and purge old data."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from assistant.errors import NotFound
from assistant.storage.staff import audit


def _columns(db: Database, table: str) -> set[str]:
    return set(db[table].columns_dict)


def _session_tables(db: Database) -> list[str]:
    """Tables other than sessions that hold rows keyed by session_id."""
    return [t for t in db.table_names() if t != "sessions" and "session_id" in _columns(db, t)]


def find_session_id(db: Database, code: str) -> Any:
    """Return the session id for a receipt code, resume code or session id; raises NotFound."""
    code = (code or "").strip()
    if not code:
        raise NotFound("empty code")
    tables = db.table_names()
    if "drafts" in tables:
        for row in db.query(
            "select session_id from drafts where upper(receipt_code) = upper(?)", [code]
        ):
            return row["session_id"]
    if "sessions" in tables:
        cols = _columns(db, "sessions")
        for row in db.query("select id from sessions where id = ?", [code]):
            return row["id"]
        for col in sorted(c for c in cols if c.endswith("code")):
            for row in db.query(
                f"select id from sessions where upper([{col}]) = upper(?)",  # noqa: S608
                [code],
            ):
                return row["id"]
    raise NotFound(f"no citizen data for code {code!r}")


def _draft_ids(db: Database, session_id: Any) -> list[Any]:
    if "drafts" not in db.table_names():
        return []
    return [r["id"] for r in db.query("select id from drafts where session_id = ?", [session_id])]


def _decode(row: dict) -> dict:
    """Parse JSON text columns so the export is readable."""
    out = dict(row)
    for key, value in row.items():
        if isinstance(value, str) and value[:1] in "{[":
            with contextlib.suppress(ValueError):
                out[key] = json.loads(value)
    return out


def citizen_data(db: Database, session_id: Any) -> dict:
    """Return every stored row about one citizen session, by table."""
    out: dict[str, list[dict]] = {}
    if "sessions" in db.table_names():
        out["sessions"] = [
            _decode(r) for r in db.query("select * from sessions where id = ?", [session_id])
        ]
    for table in _session_tables(db):
        out[table] = [
            _decode(r)
            for r in db.query(
                f"select * from [{table}] where session_id = ?",  # noqa: S608
                [session_id],
            )
        ]
    drafts = [str(d) for d in _draft_ids(db, session_id)]
    if drafts and "draft_versions" in db.table_names():
        marks = ",".join("?" * len(drafts))
        out["draft_versions"] = [
            _decode(r)
            for r in db.query(
                f"select * from draft_versions where draft_id in ({marks})",  # noqa: S608
                drafts,
            )
        ]
    if not any(out.values()):
        raise NotFound(f"no data for session {session_id!r}")
    return {"session_id": session_id, "exported": datetime.now(UTC).isoformat(), "tables": out}


def delete_citizen_data(db: Database, session_id: Any, user: str, reason: str) -> dict[str, int]:
    """Delete every row about one session; audit it (no personal data kept); return counts."""
    counts: dict[str, int] = {}
    with db.atomic():
        drafts = [str(d) for d in _draft_ids(db, session_id)]
        if drafts and "draft_versions" in db.table_names():
            marks = ",".join("?" * len(drafts))
            cur = db.execute(
                f"delete from draft_versions where draft_id in ({marks})",  # noqa: S608
                drafts,
            )
            counts["draft_versions"] = cur.rowcount
            db.execute(
                f"update audit_log set detail = null where draft_id in ({marks})",  # noqa: S608
                drafts,
            )
        for table in _session_tables(db):
            cur = db.execute(
                f"delete from [{table}] where session_id = ?",  # noqa: S608
                [session_id],
            )
            counts[table] = cur.rowcount
        if "sessions" in db.table_names():
            cur = db.execute("delete from sessions where id = ?", [session_id])
            counts["sessions"] = cur.rowcount
        summary = ", ".join(f"{t}={n}" for t, n in sorted(counts.items()) if n)
        for draft_id in drafts or [None]:
            audit(db, user, reason, draft_id, f"session {session_id}: {summary}")
    return counts


def _parse(at: Any) -> datetime | None:
    if not at:
        return None
    try:
        when = datetime.fromisoformat(str(at))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def purge_candidates(
    db: Database, unfinished_days: int, retention_days: int, now: datetime | None = None
) -> dict[str, list[Any]]:
    """Return session ids to purge: unfinished (no draft) ones and those with expired drafts."""
    now = now or datetime.now(UTC)
    unfinished_before = now - timedelta(days=unfinished_days)
    retention_before = now - timedelta(days=retention_days)
    tables = db.table_names()
    with_drafts: dict[Any, datetime | None] = {}
    if "drafts" in tables:
        for row in db.query("select session_id, created, updated from drafts"):
            when = _parse(row["updated"]) or _parse(row["created"])
            prev = with_drafts.get(row["session_id"])
            with_drafts[row["session_id"]] = max(filter(None, [prev, when]), default=None)
    unfinished, expired = [], []
    if "sessions" in tables:
        cols = _columns(db, "sessions")
        for row in db.query("select * from sessions"):
            if row["id"] in with_drafts:
                continue
            stamps = [_parse(row.get(c)) for c in ("updated", "created") if c in cols]
            when = next((s for s in stamps if s), None)
            if when and when < unfinished_before:
                unfinished.append(row["id"])
    for session_id, when in with_drafts.items():
        if when and when < retention_before:
            expired.append(session_id)
    return {"unfinished": unfinished, "expired": expired}
