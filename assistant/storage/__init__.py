"""Durable storage on SQLite (sqlite-utils): one database, schema only through Migrations sets.

Each storage module (sessions, staff, links, followup, ...) defines one
`sqlite_utils.Migrations` set and hands it to `register()` when imported;
`open_db()` imports the known modules and applies every registered set in order.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import importlib.util
import os
import secrets
import sqlite3
from collections.abc import Iterator
from dataclasses import MISSING, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database, Migrations

from assistant import PROJECT_ROOT
from assistant.errors import StorageError

ENV_DB = "HVERDAGSMAAL_DB"
DEFAULT_DB_PATH = PROJECT_ROOT / "instance" / "hverdagsmaal.db"
BUSY_TIMEOUT_MS = 10_000

# Storage modules whose Migrations sets open_db applies, in this order; missing ones are skipped.
KNOWN_MODULES = (
    "assistant.storage.sessions",
    "assistant.storage.staff",
    "assistant.storage.staff_sessions",
    "assistant.storage.identities",
    "assistant.storage.links",
    "assistant.storage.followup",
    "assistant.storage.casework",
)

#: The team (organisational unit) of rows made before teams existed, and the fallback.
DEFAULT_TEAM = "Standard"

# Letters and digits that cannot be mistaken for each other (no 0/O, 1/I/L).
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

MIGRATION_SETS: list[Migrations] = []


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """Run the block in one transaction holding the write lock from BEGIN (BEGIN IMMEDIATE).

    Nested, it is a savepoint of the outer one. An error in the block or a failed COMMIT
    (e.g. SQLITE_BUSY) rolls everything back and re-raises: nothing is left half-written.
    """
    if db.conn.in_transaction:
        with Database.atomic(db):
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        db.conn.rollback()
        raise


class WriteDatabase(Database):
    """A Database whose atomic() is `transaction`: the write lock is taken at BEGIN.

    sqlite-utils begins a deferred transaction; its first statement is often a read (schema
    lookups in insert(), get_session() before an update), and a read transaction that later
    needs to write fails at once with "database is locked" when another connection committed
    meanwhile (WAL snapshot), without waiting for busy_timeout. Taking the lock first makes
    concurrent writers wait their turn instead.
    """

    @contextlib.contextmanager
    def atomic(self):
        """Run the block in one transaction (a savepoint when nested); write lock taken first."""
        with transaction(self):
            yield self


def register(migrations: Migrations) -> Migrations:
    """Add a Migrations set to those open_db applies (once per set name); return it."""
    if all(m.name != migrations.name for m in MIGRATION_SETS):
        MIGRATION_SETS.append(migrations)
    return migrations


def import_storage_modules() -> None:
    """Import every known storage module that exists, so that each registers its migrations."""
    for name in KNOWN_MODULES:
        if importlib.util.find_spec(name) is not None:
            module = importlib.import_module(name)
            # A module may also just expose its set as `migrations` or `MIGRATIONS`.
            for attr in ("migrations", "MIGRATIONS"):
                if isinstance(getattr(module, attr, None), Migrations):
                    register(getattr(module, attr))


def default_db_path(config_path: str | os.PathLike | None = None) -> Path:
    """Return the database path: the given one, else $HVERDAGSMAAL_DB, else instance/."""
    if config_path:
        return Path(config_path)
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env)
    return DEFAULT_DB_PATH


def open_db(
    path: str | os.PathLike | None = None,
    *,
    migrate: bool = True,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    shared: bool = False,
) -> Database:
    """Open (creating if needed) the database with WAL and foreign keys and apply migrations.

    A writer waits up to busy_timeout_ms for another's lock, then sqlite3.OperationalError.
    With `shared` the connection may be used from any thread, one at a time (the caller
    serialises it, as storage.writer does).

    Raises StorageError when the file cannot be opened or is not a database.
    """
    db_path = default_db_path(path)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        db = WriteDatabase(sqlite3.connect(db_path, check_same_thread=False) if shared else db_path)
        db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
        # Deleted rows are overwritten with zeros, not left readable in free pages.
        db.execute("PRAGMA secure_delete = ON")
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(f"cannot open database {db_path}: {exc}") from exc
    if str(mode).lower() != "wal":
        db.close()
        raise StorageError(f"cannot switch {db_path} to WAL journal mode (got {mode!r})")
    if migrate:
        apply_migrations(db)
    return db


def apply_migrations(db: Database) -> list[str]:
    """Apply every registered Migrations set; return the names of the sets applied."""
    import_storage_modules()
    names = []
    for migrations in MIGRATION_SETS:
        migrations.apply(db)
        names.append(migrations.name)
    return names


def checkpoint(db: Database) -> bool:
    """Copy the WAL into the database file and truncate it; True if it was fully emptied.

    After an erasure the WAL still holds the old pages until a checkpoint; TRUNCATE writes them
    back (zeroed by secure_delete) and empties the -wal file. A reader still open elsewhere can
    keep part of it; then the next checkpoint finishes the job.
    """
    busy, _log, _done = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy


def utcnow() -> datetime:
    """Return the current time in UTC (timezone-aware)."""
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """Return the one timestamp format of the database: ISO-8601 UTC, seconds, "+00:00".

    Like "2026-11-22T10:00:00+00:00"; it sorts as text. A naive datetime counts as local time.
    """
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def new_id() -> str:
    """Return a new random opaque id (32 hex characters)."""
    return secrets.token_hex(16)


def random_code(length: int = 6) -> str:
    """Return a random code from CODE_ALPHABET (easy to read aloud and type)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def normalise_code(code: str) -> str:
    """Return a typed code upper-cased without spaces or dashes."""
    return "".join(ch for ch in str(code).upper() if ch not in " \t\r\n-_.")


def from_row(cls: type, row: dict[str, Any], **computed: Any) -> Any:
    """Build dataclass cls from a row: computed values first, else the column by the field's name.

    A column that is missing or NULL gives the field's default where it has one (e.g. team).
    """
    values = {}
    for name, required in _columns(cls):
        if name in computed:
            values[name] = computed[name]
        elif required or row.get(name) is not None:
            values[name] = row[name]
    return cls(**values)


@functools.cache
def _columns(cls: type) -> tuple[tuple[str, bool], ...]:
    """Return each field's name and whether it has no default (read once per class)."""
    return tuple((field.name, field.default is MISSING) for field in fields(cls))
