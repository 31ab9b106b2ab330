"""Dialogue sessions, their append-only turns, the drafts they produce, events and code guesses."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlite_utils import Database, Migrations

from assistant.errors import Conflict, NotFound, RateLimited, StorageError
from assistant.storage import (
    DEFAULT_TEAM,
    from_row,
    iso,
    new_id,
    normalise_code,
    register,
    revision,
    utcnow,
)
from assistant.storage.drafts import (  # noqa: F401  (re-exported: the draft API lives beside)
    DRAFT_STATUSES,
    Draft,
    add_event,
    draft_team,
    dumps,
    get_draft,
    get_draft_by_receipt,
    get_draft_for_session,
    insert_draft,
    list_drafts,
    list_events,
    log_event,
    unique_code,
    update_draft,
)

migrations = register(Migrations("hverdagsmaal-sessions"))

SESSION_STATUSES = ("active", "paused", "done", "refused", "rejected")
#: Statuses after which a session takes no more answers ("rejected": the citizen said no to
#: the goal and chose to send nothing; its answers stay, no draft is made).
CLOSED = ("done", "refused", "rejected")
RESUME_DAYS = 30
RATE_LIMIT_FAILURES = 10
RATE_LIMIT_WINDOW = timedelta(minutes=15)
ATTEMPTS_KEPT = timedelta(days=1)


@migrations()
def m001_sessions(db: Database) -> None:
    """Create sessions, turns, drafts, events and code_attempts."""
    db.executescript(
        """
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            state TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'paused', 'done', 'refused')),
            channel TEXT NOT NULL,
            mode TEXT NOT NULL,
            link_id TEXT,
            resume_code TEXT UNIQUE,
            resume_expires TEXT,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE TABLE turns (
            id INTEGER PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            slot TEXT,
            raw TEXT,
            input_kind TEXT NOT NULL,
            said_by TEXT,
            facts TEXT,
            at TEXT NOT NULL,
            UNIQUE (session_id, seq)
        );
        CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL UNIQUE REFERENCES sessions(id),
            receipt_code TEXT NOT NULL UNIQUE,
            json TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            status TEXT NOT NULL DEFAULT 'new'
                CHECK (status IN ('new', 'in_review', 'approved', 'returned', 'archived')),
            return_message TEXT,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE INDEX drafts_status ON drafts (status, created);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            session_id TEXT,
            draft_id TEXT,
            detail TEXT
        );
        CREATE INDEX events_session ON events (session_id);
        CREATE INDEX events_draft ON events (draft_id);
        CREATE TABLE code_attempts (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            at TEXT NOT NULL,
            ok INTEGER NOT NULL
        );
        CREATE INDEX code_attempts_source ON code_attempts (source, at);
        """
    )


@migrations(transactional=False)
def m002_session_rejected(db: Database) -> None:
    """Allow the session status 'rejected' (SQLite cannot change a CHECK: rebuild the table)."""
    (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name = 'sessions'").fetchone()
    old_check = "'done', 'refused')"
    if "'rejected'" in sql:
        return
    if old_check not in sql:
        raise StorageError("sessions: unexpected table definition, cannot add 'rejected'")
    new_sql = sql.replace(old_check, "'done', 'refused', 'rejected')").replace(
        "CREATE TABLE sessions", "CREATE TABLE sessions_new", 1
    )
    columns = ", ".join(f"[{c}]" for c in db["sessions"].columns_dict)
    db.execute("PRAGMA foreign_keys = OFF")  # turns and drafts point at sessions
    try:
        with db.atomic():
            db.execute(new_sql)
            db.execute(f"INSERT INTO sessions_new ({columns}) SELECT {columns} FROM sessions")  # noqa: S608
            db.execute("DROP TABLE sessions")
            db.execute("ALTER TABLE sessions_new RENAME TO sessions")
            if db.execute("PRAGMA foreign_key_check").fetchall():
                raise StorageError("sessions: foreign keys broken while adding 'rejected'")
    finally:
        db.execute("PRAGMA foreign_keys = ON")


@migrations()
def m003_team_and_device(db: Database) -> None:
    """Sessions and drafts carry a team (existing rows: Standard); sessions a device token."""
    db["sessions"].add_column("team", str, not_null_default=DEFAULT_TEAM)
    db["sessions"].add_column("device", str)
    db["drafts"].add_column("team", str, not_null_default=DEFAULT_TEAM)
    db["drafts"].create_index(["team", "created"])


@dataclass(frozen=True)
class Session:
    """One stored dialogue session."""

    id: str
    state: dict[str, Any]
    status: str
    channel: str
    mode: str
    link_id: str | None
    resume_code: str | None
    resume_expires: str | None
    created: str
    updated: str
    team: str = DEFAULT_TEAM
    #: The token of the one browser that may answer; a resume elsewhere replaces it.
    device: str | None = None
    #: The state as stored (JSON text): what a form's state version is computed from.
    state_text: str = ""


@dataclass(frozen=True)
class TurnRow:
    """One stored answer (turns are never changed or deleted, except after a refusal)."""

    seq: int
    slot: str | None
    raw: str | None
    input_kind: str
    said_by: str | None
    facts: dict[str, Any] | None
    at: str


@dataclass(frozen=True)
class Recorded:
    """What record_turn stored: the turn's sequence number and, when done, the draft."""

    seq: int
    status: str
    draft_id: str | None = None
    receipt_code: str | None = None
    draft: dict[str, Any] | None = None


def _session(row: dict[str, Any]) -> Session:
    return from_row(Session, row, state=json.loads(row["state"]), state_text=row["state"])


def create_session(
    db: Database,
    state: dict[str, Any],
    *,
    channel: str = "web",
    mode: str = "text",
    link_id: str | None = None,
    team: str = DEFAULT_TEAM,
    now: datetime | None = None,
) -> str:
    """Store a new active session of a team with its initial engine state; return its id.

    Raises StorageError if the state is not JSON-serialisable.
    """
    stamp = iso(now or utcnow())
    try:
        state_json = dumps(state)
    except (TypeError, ValueError) as exc:
        raise StorageError(f"session state is not JSON-serialisable: {exc}") from exc
    session_id = new_id()
    with db.atomic():
        db["sessions"].insert(
            {
                "id": session_id,
                "state": state_json,
                "status": "active",
                "channel": channel,
                "mode": mode,
                "link_id": link_id,
                "resume_code": None,
                "resume_expires": None,
                "created": stamp,
                "updated": stamp,
                "team": team or DEFAULT_TEAM,
                "device": new_id(),
            }
        )
        add_event(db, "session_created", stamp, session_id=session_id, detail={"channel": channel})
    return session_id


def get_session(db: Database, session_id: str) -> Session:
    """Return the session with this id. Raises NotFound if there is none."""
    # One statement (sqlite-utils' query() wraps a read in a savepoint: three), as every
    # citizen request reads its session once.
    cursor = db.conn.execute("SELECT * FROM sessions WHERE id = ?", [str(session_id)])
    row = cursor.fetchone()
    if row is None:
        raise NotFound(f"no session {session_id!r}")
    return _session(dict(zip([d[0] for d in cursor.description], row, strict=True)))


def _status(db: Database, session_id: str) -> str:
    """Return a session's status (without reading its state). Raises NotFound."""
    row = db.execute("SELECT status FROM sessions WHERE id = ?", [str(session_id)]).fetchone()
    if row is None:
        raise NotFound(f"no session {session_id!r}")
    return row[0]


def session_ids_of_team(db: Database, team: str) -> list[str]:
    """Return the ids of every session of a team. Raises nothing."""
    return [r[0] for r in db.execute("SELECT id FROM sessions WHERE team = ?", [team])]


def list_turns(db: Database, session_id: str) -> list[TurnRow]:
    """Return the stored turns of a session in order (empty if none). Raises nothing."""
    rows = db.query("SELECT * FROM turns WHERE session_id = ? ORDER BY seq", [str(session_id)])
    return [
        TurnRow(
            seq=r["seq"],
            slot=r["slot"],
            raw=r["raw"],
            input_kind=r["input_kind"],
            said_by=r["said_by"],
            facts=None if r["facts"] is None else json.loads(r["facts"]),
            at=r["at"],
        )
        for r in rows
    ]


def record_turn(
    db: Database,
    session_id: str,
    *,
    state: dict[str, Any],
    slot: str | None,
    raw: str | None,
    input_kind: str = "text",
    said_by: str | None = None,
    facts: dict[str, Any] | None = None,
    status: str | None = None,
    draft: dict[str, Any] | None = None,
    expected_seq: int | None = None,
    now: datetime | None = None,
) -> Recorded:
    """Append one answer and save the new state in ONE committed transaction.

    With `draft` the session becomes done and the draft is stored with a new id and
    receipt code (written into the draft as draft_id/receipt_code); a session reopened for
    its returned draft stores it as that draft's next version instead (storage.revision).
    With status 'refused' every earlier answer of the session is deleted: only the refusal stays.
    With status 'rejected' (the citizen said no to the goal) the answers stay, no draft.
    Raises NotFound (no such session), Conflict (session already closed, or
    `expected_seq` is not the next sequence number), StorageError (bad status/JSON).
    """
    if status is not None and status not in SESSION_STATUSES:
        raise StorageError(f"unknown session status {status!r}")
    stamp = iso(now or utcnow())
    new_status = "done" if draft is not None else (status or "active")
    try:
        state_json = dumps(state)
        facts_json = None if facts is None else dumps(facts)
    except (TypeError, ValueError) as exc:
        raise StorageError(f"turn is not JSON-serialisable: {exc}") from exc
    with db.atomic():
        current = _status(db, session_id)
        if current in CLOSED:
            raise Conflict(f"session {session_id!r} is {current}")
        seq = next_seq(db, session_id)
        if expected_seq is not None and expected_seq != seq:
            raise Conflict(f"session {session_id!r} expected turn {expected_seq}, next is {seq}")
        if new_status == "refused":
            db.execute("DELETE FROM turns WHERE session_id = ?", [session_id])
        # One plain INSERT: sqlite-utils' insert() first read the schema three times, all
        # while this transaction held the write lock every other answer waits for.
        db.execute(
            "INSERT INTO turns (session_id, seq, slot, raw, input_kind, said_by, facts, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [session_id, seq, slot, raw, input_kind, said_by, facts_json, stamp],
        )
        closing = new_status in CLOSED
        db.execute(
            "UPDATE sessions SET state = ?, status = ?, updated = ?,"
            " resume_code = CASE WHEN ? THEN NULL ELSE resume_code END,"
            " resume_expires = CASE WHEN ? THEN NULL ELSE resume_expires END"
            " WHERE id = ?",
            [state_json, new_status, stamp, closing, closing, session_id],
        )
        if new_status in ("refused", "rejected"):
            add_event(db, new_status, stamp, session_id=session_id)
        if draft is None:
            return Recorded(seq=seq, status=new_status)
        if revision.has_draft(db, session_id):  # a returned draft the citizen reopened
            revised = revision.revise_draft(db, session_id, draft, stamp)
            return Recorded(
                seq=seq,
                status=new_status,
                draft_id=revised.id,
                receipt_code=revised.receipt_code,
                draft=revised.data,
            )
        draft_id, receipt = insert_draft(db, session_id, draft, stamp)
        stored = json.loads(db["drafts"].get(draft_id)["json"])
        return Recorded(
            seq=seq, status=new_status, draft_id=draft_id, receipt_code=receipt, draft=stored
        )


class AnswerLike(Protocol):
    """What record_answer reads of an answer record (assistant.dialogs.record.AnswerRecord)."""

    state: Any
    saves_turn: bool
    slot: str | None
    raw: str | None
    input_kind: str
    said_by: str | None
    facts: dict[str, Any] | None
    status: str | None
    draft: dict[str, Any] | None


def record_answer(
    db: Database,
    session_id: str,
    record: AnswerLike,
    *,
    expected_seq: int | None = None,
    now: datetime | None = None,
) -> Recorded | None:
    """Store one answer: its turn, the new state and the draft in ONE transaction.

    An action (back, undo, pause) saves only the state and returns None. Raises what
    record_turn and save_state raise (NotFound, Conflict, StorageError).
    """
    if not record.saves_turn:
        save_state(db, session_id, record.state, now=now)
        return None
    return record_turn(
        db,
        session_id,
        state=record.state,
        slot=record.slot,
        raw=record.raw,
        input_kind=record.input_kind,
        said_by=record.said_by,
        facts=record.facts,
        status=None if record.status is None else str(record.status),
        draft=record.draft,
        expected_seq=expected_seq,
        now=now,
    )


def next_seq(db: Database, session_id: str) -> int:
    """Return the sequence number the next stored answer of a session will get."""
    row = db.execute("SELECT MAX(seq) FROM turns WHERE session_id = ?", [session_id]).fetchone()
    return 1 + (row[0] or 0)


def save_state(db: Database, session_id: str, state: dict[str, Any], *, now=None) -> None:
    """Save a new state without an answer (e.g. after back/undo). Raises NotFound, Conflict."""
    stamp = iso(now or utcnow())
    with db.atomic():
        current = _status(db, session_id)
        if current in CLOSED:
            raise Conflict(f"session {session_id!r} is {current}")
        db.execute(
            "UPDATE sessions SET state = ?, updated = ? WHERE id = ?",
            [dumps(state), stamp, session_id],
        )


def returned_draft_for_link(db: Database, link_id: str) -> Draft | None:
    """Return the newest returned draft made through this personal link, else None."""
    row = db.execute(
        "SELECT d.id FROM drafts d JOIN sessions s ON s.id = d.session_id"
        " WHERE s.link_id = ? AND d.status = 'returned' ORDER BY d.updated DESC LIMIT 1",
        [link_id],
    ).fetchone()
    return get_draft(db, row[0]) if row else None


def pause_session(
    db: Database, session_id: str, *, days: int = RESUME_DAYS, now: datetime | None = None
) -> str:
    """Pause an active session; return a new 6-character resume code valid for `days` days.

    Pausing again returns the stored code while that is valid (also the fresh code a resume
    gave), so a repeated Pause (a lost reply, a kiosk timer) never makes the code the citizen
    saw useless; a code changes only when it is used.
    Raises NotFound (no such session) or Conflict (session is done or refused).
    """
    moment = now or utcnow()
    with db.atomic():
        current = get_session(db, session_id)
        if current.status in CLOSED:
            raise Conflict(f"session {session_id!r} is {current.status}")
        if current.resume_code and (current.resume_expires or "") > iso(moment):
            if current.status != "paused":
                db.execute(
                    "UPDATE sessions SET status = 'paused', updated = ? WHERE id = ?",
                    [iso(moment), session_id],
                )
                add_event(db, "paused", iso(moment), session_id=session_id)
            return current.resume_code
        code = unique_code(db, "sessions", "resume_code")
        db.execute(
            "UPDATE sessions SET status = 'paused', resume_code = ?, resume_expires = ?,"
            " updated = ? WHERE id = ?",
            [code, iso(moment + timedelta(days=days)), iso(moment), session_id],
        )
        add_event(db, "paused", iso(moment), session_id=session_id)
    return code


def check_code_guesses(
    db: Database, source: str, moment: datetime, max_failures: int, window: timedelta
) -> None:
    """Raise RateLimited when `source` made `max_failures` failed code guesses within `window`.

    Every kind of code (resume, receipt) counts together. Call inside a transaction; it also
    forgets guesses older than a day, keeping the table small.
    """
    failures = db.execute(
        "SELECT COUNT(*) FROM code_attempts WHERE source = ? AND ok = 0 AND at > ?",
        [source, iso(moment - window)],
    ).fetchone()[0]
    if failures >= max_failures:
        raise RateLimited(f"too many wrong codes from {source!r}; try again later")
    db.execute("DELETE FROM code_attempts WHERE at < ?", [iso(moment - ATTEMPTS_KEPT)])


def record_code_guess(db: Database, source: str, moment: datetime, ok: bool) -> None:
    """Count one code guess from `source` (commit it before raising for a wrong one)."""
    db["code_attempts"].insert({"source": source, "at": iso(moment), "ok": int(ok)})


def resume_by_code(
    db: Database,
    code: str,
    source: str,
    *,
    now: datetime | None = None,
    max_failures: int = RATE_LIMIT_FAILURES,
    window: timedelta = RATE_LIMIT_WINDOW,
    days: int = RESUME_DAYS,
) -> Session:
    """Return the session this code opens, made active for the device that typed it.

    One device at a time: the code is used up (a new one, valid `days` days, is returned in
    the session) and the session gets a new device token, so the browser that held it before
    is ended. The code is normalised (case, spaces, dashes). Every guess is counted per `source`.
    Raises RateLimited when `source` made `max_failures` failed guesses within `window`
    (checked before the code), NotFound when the code is unknown, expired or closed.
    """
    moment = now or utcnow()
    wanted = normalise_code(code)
    with db.atomic():
        check_code_guesses(db, source, moment, max_failures, window)
        rows = list(
            db.query(
                "SELECT * FROM sessions WHERE resume_code = ? AND status IN ('paused', 'active')"
                " AND resume_expires > ?",
                [wanted, iso(moment)],
            )
        )
        ok = bool(rows) and bool(wanted)
        record_code_guess(db, source, moment, ok)
        if ok:
            db.execute(
                "UPDATE sessions SET status = 'active', updated = ?, resume_code = ?,"
                " resume_expires = ?, device = ? WHERE id = ?",
                [
                    iso(moment),
                    unique_code(db, "sessions", "resume_code"),
                    iso(moment + timedelta(days=days)),
                    new_id(),
                    rows[0]["id"],
                ],
            )
            add_event(db, "resumed", iso(moment), session_id=rows[0]["id"])
    # The failed guess must be committed before raising, so it sits outside the transaction.
    if not ok:
        raise NotFound("unknown or expired resume code")
    return get_session(db, rows[0]["id"])
