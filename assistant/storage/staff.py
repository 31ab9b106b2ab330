"""Staff-side storage: users, login attempts, draft versions, status changes (audit: audit.py)."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database, Migrations

from assistant.errors import Conflict, NotFound, ReasonRequired, StorageError
from assistant.storage import register, transaction

# audit, list_audit and now_iso are used through this module too.
from assistant.storage.audit import add_chain_columns
from assistant.storage.audit import audit as audit
from assistant.storage.audit import list_audit as list_audit
from assistant.storage.audit import now_iso as now_iso
from assistant.storage.drafts import update_draft

MIGRATIONS = register(Migrations("hverdagsmaal-staff"))

STATUSES = ("new", "in_review", "approved", "returned", "archived")
# Which status each action may start from, and where it leads.
TRANSITIONS = {
    "approve": ({"new", "in_review", "returned"}, "approved"),
    "return": ({"new", "in_review"}, "returned"),
    "archive": ({"new", "in_review", "approved", "returned"}, "archived"),
    "take": ({"new"}, "in_review"),
}
# Parts of a draft that only the citizen's dialogue writes; staff edits never replace them.
CITIZEN_KEYS = ("draft_id", "language", "created", "speaker", "citizen_confirmed", "transcript")
CITIZEN_EDITOR = "citizen"  # draft_versions.edited_by of the citizen's own versions


@MIGRATIONS()
def m001_staff_tables(db: Database) -> None:
    """Create users, login_attempts, draft_versions and audit_log."""
    db["users"].create(
        {
            "id": int,
            "username": str,
            "password_hash": str,
            "role": str,
            "must_change_password": int,
            "active": int,
            "created": str,
        },
        pk="id",
        not_null={"username", "password_hash", "role"},
        defaults={"must_change_password": 0, "active": 1},
    )
    db["users"].create_index(["username"], unique=True)
    db["login_attempts"].create(
        {"id": int, "username": str, "address": str, "at": str, "ok": int}, pk="id"
    )
    db["login_attempts"].create_index(["username", "at"])
    db["login_attempts"].create_index(["address", "at"])
    db["draft_versions"].create(
        {
            "id": int,
            "draft_id": str,
            "version": int,
            "json": str,
            "edited_by": str,
            "at": str,
            "note": str,
        },
        pk="id",
    )
    db["draft_versions"].create_index(["draft_id", "version"], unique=True)
    db["audit_log"].create(
        {"id": int, "user": str, "at": str, "action": str, "draft_id": str, "detail": str},
        pk="id",
    )
    db["audit_log"].create_index(["at"])


@MIGRATIONS()
def m002_audit_chain(db: Database) -> None:
    """Audit rows get address, role, session_id and a hash chain; existing rows are chained."""
    add_chain_columns(db)


@MIGRATIONS()
def m003_citizen_editor_ascii(db: Database) -> None:
    """The citizen's versions are edited_by 'citizen' (they were stored under a Danish word)."""
    db.execute(
        "update draft_versions set edited_by = ? where edited_by = ?",
        [CITIZEN_EDITOR, "borger"],  # the value before this migration
    )


def get_draft_row(db: Database, draft_id: Any) -> dict:
    """Return the drafts row with its JSON parsed into `draft`; raises NotFound."""
    try:
        rows = list(db.query("select * from drafts where id = ?", [draft_id]))
    except Exception as exc:  # the drafts table may not exist in an empty database
        raise NotFound(f"draft {draft_id!r} not found") from exc
    if not rows:
        raise NotFound(f"draft {draft_id!r} not found")
    row = dict(rows[0])
    row["draft"] = json.loads(row["json"] or "{}")
    return row


def history(db: Database, draft_id: Any) -> list[dict]:
    """Return the stored versions of a draft, oldest first, each with `draft` parsed."""
    rows = db.query(
        "select * from draft_versions where draft_id = ? order by version", [str(draft_id)]
    )
    return [dict(r, draft=json.loads(r["json"])) for r in rows]


def original_draft(db: Database, draft_id: Any) -> dict:
    """Return the draft as the citizen's dialogue last made it (before any staff edit since)."""
    versions = history(db, draft_id)
    for version in reversed(versions):
        if version["edited_by"] == CITIZEN_EDITOR:
            return version["draft"]
    return get_draft_row(db, draft_id)["draft"]


def _snapshot_original(db: Database, row: dict) -> None:
    """Keep the citizen's own draft in draft_versions before the first staff edit."""
    if not list(db.query("select 1 from draft_versions where draft_id = ?", [str(row["id"])])):
        db["draft_versions"].insert(
            {
                "draft_id": str(row["id"]),
                "version": row["version"],
                "json": row["json"],
                "edited_by": CITIZEN_EDITOR,
                "at": row.get("created") or now_iso(),
                "note": "",
            }
        )


def save_version(
    db: Database, draft_id: Any, expected_version: int, new_draft: dict, user: str, note: str = ""
) -> int:
    """Store a staff edit as a new version; raises NotFound, or Conflict if the version is stale."""
    with transaction(db):
        row = get_draft_row(db, draft_id)
        if row["version"] != expected_version:
            raise Conflict(
                f"draft {draft_id} is at version {row['version']}, not {expected_version}"
            )
        if row["status"] == "archived":
            raise StorageError(f"draft {draft_id} is archived and cannot be edited")
        current = row["draft"]
        merged = dict(new_draft)
        for key in CITIZEN_KEYS:
            if key in current:
                merged[key] = current[key]
        _snapshot_original(db, row)
        status = "in_review" if row["status"] in ("new", "returned", "approved") else None
        stored = update_draft(
            db, row["id"], version=expected_version, data=merged, status=status, actor=user
        )
        db["draft_versions"].insert(
            {
                "draft_id": str(row["id"]),
                "version": stored.version,
                "json": json.dumps(stored.data, ensure_ascii=False),
                "edited_by": user,
                "at": stored.updated,
                "note": note,
            }
        )
        detail = f"version {stored.version}" + (f": {note}" if note else "")
        audit(db, user, "edit", row["id"], detail)
    return stored.version


def change_status(
    db: Database,
    draft_id: Any,
    action: str,
    user: str,
    expected_version: int,
    message: str | None = None,
    reason: str | None = None,
) -> str:
    """Approve, return (with a message), archive or take a draft; raises Conflict or
    StorageError (also when approving a draft the citizen has not confirmed without a reason)."""
    if action not in TRANSITIONS:
        raise StorageError(f"unknown action {action!r}")
    allowed, target = TRANSITIONS[action]
    with transaction(db):
        row = get_draft_row(db, draft_id)
        if row["version"] != expected_version:
            raise Conflict(
                f"draft {draft_id} is at version {row['version']}, not {expected_version}"
            )
        if row["status"] not in allowed:
            raise StorageError(f"cannot {action} a draft that is {row['status']}")
        detail, reason = f"{row['status']} -> {target}", (reason or "").strip()
        if action == "approve" and not citizen_saw_wording(db, row):
            if not reason:
                raise ReasonRequired("approving a draft the citizen did not confirm needs a reason")
            detail += "; not confirmed by the citizen"
        if reason and action == "approve":
            detail += f"; reason: {reason}"
        update_draft(
            db,
            row["id"],
            version=expected_version,
            status=target,
            return_message=(message or "") if action == "return" else None,
            actor=user,
        )
        audit(db, user, action, row["id"], detail, session_id=row["session_id"])
    return target


def _wording(draft: dict) -> tuple:
    goal = draft.get("goal") if isinstance(draft.get("goal"), dict) else {}
    subgoals = [s.get("text") for s in draft.get("subgoals") or [] if isinstance(s, dict)]
    return goal.get("text"), tuple(subgoals)


def wording_changed(db: Database, row: dict) -> bool:
    """True when staff changed the goal's or a sub-goal's wording after the citizen's draft."""
    return _wording(original_draft(db, row["id"])) != _wording(row["draft"])


def citizen_saw_wording(db: Database, row: dict) -> bool:
    """True when the citizen personally confirmed the draft and its wording is still theirs."""
    return bool(row["draft"].get("citizen_confirmed")) and not wording_changed(db, row)


def status_counts(db: Database, team: str | None = None) -> dict[str, int]:
    """Return the number of drafts per status (every status present, zero if none), of one
    team when `team` is given."""
    counts = dict.fromkeys(STATUSES, 0)
    if "drafts" in db.table_names():
        where, params = ("where team = ?", [team]) if team is not None else ("", [])
        sql = f"select status, count(*) as n from drafts {where} group by status"  # noqa: S608
        for row in db.query(sql, params):
            counts[row["status"]] = row["n"]
    return counts


def _normal_code(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def citizen_names(db: Database) -> dict[str, str]:
    """Map session ids to the citizen name of the invitation link they came from, if any."""
    tables = db.table_names()
    if "links" not in tables or "sessions" not in tables:
        return {}
    if (
        "link_id" not in db["sessions"].columns_dict
        or "citizen_name" not in db["links"].columns_dict
    ):
        return {}
    rows = db.query(
        "select s.id, l.citizen_name from sessions s join links l on l.id = s.link_id"
        " where l.citizen_name is not null"
    )
    return {r["id"]: r["citizen_name"] for r in rows}


def queue(
    db: Database,
    status: str | None = None,
    search: str | None = None,
    area: str | None = None,
    team: str | None = None,
) -> list[dict]:
    """Return queue rows (newest first), filtered by team, status, area and receipt code or
    name (`team` None: every team, for the command line only)."""
    if "drafts" not in db.table_names():
        return []
    where, params = [], []
    if team is not None:
        where.append("team = ?")
        params.append(team)
    if status:
        where.append("status = ?")
        params.append(status)
    sql = "select * from drafts" + (" where " + " and ".join(where) if where else "")
    rows = []
    names = citizen_names(db)
    needle = (search or "").strip().lower()
    for row in db.query(sql + " order by created desc, rowid desc", params):
        draft = json.loads(row["json"] or "{}")
        goal = draft.get("goal") or {}
        if area and goal.get("area") != area:
            continue
        if needle and not (
            _normal_code(needle)
            and _normal_code(needle) in _normal_code(row["receipt_code"] or "")
            or needle in (row["json"] or "").lower()
            or needle in (names.get(row["session_id"]) or "").lower()
        ):
            continue
        smart = goal.get("smart") or {}
        rows.append(
            {
                "id": row["id"],
                "receipt_code": row["receipt_code"],
                "name": names.get(row["session_id"]),
                "status": row["status"],
                "version": row["version"],
                "created": row["created"],
                "updated": row["updated"],
                "goal_text": goal.get("text") or "",
                "area": goal.get("area"),
                "activity": goal.get("activity"),
                "speaker": draft.get("speaker"),
                "citizen_confirmed": bool(draft.get("citizen_confirmed")),
                "smart_ok": sum(1 for v in smart.values() if isinstance(v, dict) and v.get("ok")),
                "smart_total": len(smart),
            }
        )
    return rows
