"""All stored data of one citizen: find it, export it, delete it (GDPR) and purge old data."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from assistant.errors import NotFound
from assistant.storage import iso, utcnow
from assistant.storage.audit import who_looked
from assistant.storage.staff import audit


def _columns(db: Database, table: str) -> set[str]:
    return set(db[table].columns_dict)


def _session_tables(db: Database) -> list[str]:
    """Tables other than sessions (and the audit log, which is kept) keyed by session_id."""
    skip = {"sessions", "audit_log"}
    return [t for t in db.table_names() if t not in skip and "session_id" in _columns(db, t)]


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


def _draft_tables(db: Database) -> list[str]:
    """Tables other than drafts/draft_versions/audit_log keyed by draft_id (follow-up, ...)."""
    skip = {"drafts", "draft_versions", "audit_log"}
    return [
        t
        for t in db.table_names()
        if t not in skip and "draft_id" in _columns(db, t) and "session_id" not in _columns(db, t)
    ]


def _link_ids(db: Database, session_id: Any) -> list[Any]:
    tables = db.table_names()
    if "links" not in tables or "link_id" not in _columns(db, "sessions"):
        return []
    rows = db.query(
        "select link_id from sessions where id = ? and link_id is not null", [session_id]
    )
    return [r["link_id"] for r in rows]


def _in(ids: list[Any]) -> str:
    return ",".join("?" * len(ids))


def citizen_data(db: Database, session_id: Any) -> dict:
    """Return every stored row about one citizen session, by table; raises NotFound."""
    out: dict[str, list[dict]] = {}
    if "sessions" in db.table_names():
        out["sessions"] = [
            _decode(r) for r in db.query("select * from sessions where id = ?", [session_id])
        ]
    for table in _session_tables(db):
        sql = f"select * from [{table}] where session_id = ?"  # noqa: S608
        out[table] = [_decode(r) for r in db.query(sql, [session_id])]
    drafts = [str(d) for d in _draft_ids(db, session_id)]
    if drafts:
        for table in [*_draft_tables(db), "draft_versions"]:
            if table in db.table_names():
                sql = f"select * from [{table}] where draft_id in ({_in(drafts)})"  # noqa: S608
                out[table] = [_decode(r) for r in db.query(sql, drafts)]
    links = _link_ids(db, session_id)
    if links:
        sql = f"select * from links where id in ({_in(links)})"  # noqa: S608
        out["links"] = [_decode(r) for r in db.query(sql, links)]
    if not any(out.values()):
        raise NotFound(f"no data for session {session_id!r}")
    return {
        "session_id": session_id,
        "exported": iso(utcnow()),
        "tables": out,
        "access": who_looked(db, session_id, drafts) if "audit_log" in db.table_names() else [],
    }


def _delete(db: Database, table: str, column: str, ids: list[Any], counts: dict) -> None:
    if ids and table in db.table_names():
        sql = f"delete from [{table}] where [{column}] in ({_in(ids)})"  # noqa: S608
        counts[table] = counts.get(table, 0) + db.execute(sql, ids).rowcount


def delete_citizen_data(db: Database, session_id: Any, user: str, reason: str) -> dict[str, int]:
    """Delete every row about one session; audit it (no personal data kept); return counts."""
    counts: dict[str, int] = {}
    with db.atomic():
        drafts = [str(d) for d in _draft_ids(db, session_id)]
        links = _link_ids(db, session_id)
        for table in [*_draft_tables(db), "draft_versions"]:
            _delete(db, table, "draft_id", drafts, counts)
        if drafts:
            db.execute(
                f"update audit_log set detail = null where draft_id in ({_in(drafts)})",  # noqa: S608
                drafts,
            )
        for table in _session_tables(db):
            _delete(db, table, "session_id", [session_id], counts)
        _delete(db, "sessions", "id", [session_id], counts)
        _delete(db, "links", "id", links, counts)
        summary = ", ".join(f"{t}={n}" for t, n in sorted(counts.items()) if n)
        for draft_id in drafts or [None]:
            audit(db, user, reason, draft_id, summary, session_id=session_id)
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


def prune_login_attempts(db: Database, older_than_days: int, now: datetime | None = None) -> int:
    """Delete sign-in attempts (user names and addresses) older than N days; return the count."""
    if "login_attempts" not in db.table_names():
        return 0
    before = iso((now or utcnow()) - timedelta(days=older_than_days))
    with db.atomic():
        return db.execute("delete from login_attempts where at < ?", [before]).rowcount


def prune_links(db: Database, now: datetime | None = None) -> int:
    """Delete invitation links (with the citizen's name) that are expired or revoked and that
    no remaining session came from; return the count."""
    if "links" not in db.table_names():
        return 0
    moment = iso(now or utcnow())
    used = ""
    if "sessions" in db.table_names() and "link_id" in _columns(db, "sessions"):
        used = " and id not in (select link_id from sessions where link_id is not null)"
    with db.atomic():
        return db.execute(
            f"delete from links where (revoked = 1 or expires_at <= ?){used}",  # noqa: S608
            [moment],
        ).rowcount
