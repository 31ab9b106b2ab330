"""The audit log: who did or saw what, when and from where, each row chained to the previous.

Every row carries `hash` = sha256(previous row's hash + the row's canonical JSON), so a row
deleted or altered after the fact breaks the chain at that point (`verify`). The free-text
`detail` enters the chain only as its SHA-256 (`detail_sha256`): a GDPR erasure may blank the
detail (it can hold personal text) without breaking the chain, while changing it to anything
else is detected. Deleting the newest rows is only seen against a head hash noted earlier
(`verify` prints it; the CSV export carries it).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from assistant.storage import iso, transaction, utcnow

GENESIS = "0" * 64
# Columns that enter the chain, in the canonical JSON (detail only through detail_sha256).
CHAINED = ("id", "at", "user", "role", "address", "action", "draft_id", "session_id")
CSV_COLUMNS = (*CHAINED, "detail", "detail_sha256", "hash")
MAX_DETAIL = 500

# Who is acting in this request or command: the web layer sets it for each staff request, so
# storage functions that audit (save_version, change_status, ...) record role and address too.
ACTOR: ContextVar[dict[str, str] | None] = ContextVar("hverdagsmaal_audit_actor", default=None)


def now_iso() -> str:
    """Return the current time in the database's timestamp format (storage.iso)."""
    return iso(utcnow())


def add_chain_columns(db: Database) -> None:
    """Migration step: add address, role, session_id, detail_sha256 and hash; chain old rows."""
    table = db["audit_log"]
    for column in ("address", "role", "session_id", "detail_sha256", "hash"):
        if column not in table.columns_dict:
            table.add_column(column, str)
    table.create_index(["draft_id"], if_not_exists=True)
    table.create_index(["session_id"], if_not_exists=True)
    previous = GENESIS
    for row in list(db.query("select * from audit_log order by id")):
        row = dict(row, detail_sha256=digest(row["detail"]))
        previous = row_hash(previous, row)
        db.execute(
            "update audit_log set detail_sha256 = ?, hash = ? where id = ?",
            [row["detail_sha256"], previous, row["id"]],
        )


def digest(text: str | None) -> str | None:
    """Return the SHA-256 hex digest of a text, or None for no text."""
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


def canonical(row: dict) -> str:
    """Return the row's canonical JSON: the chained columns, sorted keys, no spaces."""
    chained = {key: row.get(key) for key in (*CHAINED, "detail_sha256")}
    return json.dumps(chained, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def row_hash(previous: str, row: dict) -> str:
    """Return sha256(previous hash + canonical JSON of row) as hex."""
    return hashlib.sha256((previous + canonical(row)).encode("utf-8")).hexdigest()


def audit(
    db: Database,
    user: str,
    action: str,
    draft_id: Any = None,
    detail: str | None = None,
    *,
    session_id: Any = None,
    role: str | None = None,
    address: str | None = None,
) -> dict:
    """Append one chained row to the audit log and return it (detail is cut to 500 chars)."""
    context = ACTOR.get() or {}
    if detail is not None:
        detail = str(detail)[:MAX_DETAIL]
    with transaction(db):
        last = list(db.query("select id, hash from audit_log order by id desc limit 1"))
        row = {
            "id": (last[0]["id"] + 1) if last else 1,
            "at": now_iso(),
            "user": user,
            "role": role if role is not None else context.get("role") or None,
            "address": address if address is not None else context.get("address") or None,
            "action": action,
            "draft_id": None if draft_id is None else str(draft_id),
            "session_id": None if session_id is None else str(session_id),
            "detail": detail,
            "detail_sha256": digest(detail),
        }
        row["hash"] = row_hash((last[0]["hash"] or GENESIS) if last else GENESIS, row)
        db["audit_log"].insert(row)
    if context:
        context["written"] = True  # the request wrote its row (see web/staff.audit_unaudited)
    return row


def list_audit(
    db: Database, limit: int = 500, draft_id: Any = None, since: str | None = None
) -> list[dict]:
    """Return audit rows, newest first, optionally for one draft or from a time on."""
    where, params = [], []
    if draft_id is not None:
        where.append("draft_id = ?")
        params.append(str(draft_id))
    if since:
        where.append("at >= ?")
        params.append(since)
    sql = "select * from audit_log" + (" where " + " and ".join(where) if where else "")
    return list(db.query(sql + " order by id desc limit ?", [*params, limit]))


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking the chain: rows checked, the first broken row, the head hash."""

    rows: int
    redacted: int
    head: str
    broken_id: int | None = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        """True when every row is in its place and unaltered."""
        return self.broken_id is None


def verify(db: Database) -> Verdict:
    """Recompute the chain from the first row; name the first row that breaks it."""
    previous, count, redacted, expected_id = GENESIS, 0, 0, None
    for row in db.query("select * from audit_log order by id"):
        row = dict(row)
        if expected_id is not None and row["id"] != expected_id:
            last_gone = row["id"] - 1
            missing = f"{expected_id}" + (f"-{last_gone}" if last_gone > expected_id else "")
            return Verdict(count, redacted, previous, expected_id, f"row(s) {missing} deleted")
        if row["detail"] is None and row["detail_sha256"] is not None:
            redacted += 1
        elif digest(row["detail"]) != row["detail_sha256"]:
            return Verdict(count, redacted, previous, row["id"], "detail altered")
        if row_hash(previous, row) != row["hash"]:
            why = "altered" if count or row["id"] == 1 else "altered, or rows before it deleted"
            return Verdict(count, redacted, previous, row["id"], why)
        previous, count, expected_id = row["hash"], count + 1, row["id"] + 1
    return Verdict(count, redacted, previous)


def export_csv(db: Database, since: str | None = None) -> str:
    """Return the audit log as CSV (oldest first, from `since` on) with every chained column."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    sql, params = "select * from audit_log", []
    if since:
        sql, params = sql + " where at >= ?", [since]
    for row in db.query(sql + " order by id", params):
        writer.writerow([row.get(c) for c in CSV_COLUMNS])
    return out.getvalue()


def who_looked(db: Database, session_id: Any, draft_ids: list[str]) -> list[dict]:
    """Return the staff actions on one citizen's session or drafts, oldest first."""
    marks = ",".join("?" * len(draft_ids))
    where = "session_id = ?" + (f" or draft_id in ({marks})" if draft_ids else "")
    rows = db.query(
        "select at, user, role, action, draft_id from audit_log"  # noqa: S608
        f" where ({where}) and user not like 'system%' order by id",
        [str(session_id), *draft_ids],
    )
    return [dict(r) for r in rows]
