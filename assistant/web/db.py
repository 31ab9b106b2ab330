"""One database connection per request thread: opened once, lent to each request on flask.g.

The answers citizens give are written through one shared write connection per app instead
(`write`, assistant.storage.writer: group commit, one fsync for the answers given together).

Opening a connection costs five PRAGMAs and a file open; a page costs about as much again. So a
server thread keeps its connection between requests: at teardown an unfinished transaction is
rolled back (nothing half-written is ever kept) and the connection waits for the thread's next
request. Idle connections hold no lock and no read snapshot, so other writers, checkpoints and
erasure are not held up by them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from flask import Flask, current_app, g
from sqlite_utils import Database

from assistant.storage import open_db
from assistant.storage.writer import GroupWriter

T = TypeVar("T")


def _opened(app: Flask) -> Database:
    config = app.config
    wanted = (str(config["DATABASE"]), int(config["DB_BUSY_TIMEOUT_MS"]))
    local = app.extensions["db_threads"]
    db = getattr(local, "db", None)
    if db is not None and local.settings == wanted:
        return db
    if db is not None:
        db.close()
    local.db = open_db(wanted[0], migrate=False, busy_timeout_ms=wanted[1])
    local.settings = wanted
    return local.db


def get_db() -> Database:
    """Return this request's database connection (this thread's, opened on first use)."""
    if "db" not in g:
        g.db = _opened(current_app._get_current_object())
    return g.db


def write(db: Database, fn: Callable[[Database], T]) -> T:
    """Run the write fn(db) through the app's group-commit writer; return once it is committed.

    Inside a transaction of the request's own connection `db` it runs there instead (as part of
    that transaction: the writer would wait for its lock). Raises what fn raises.
    """
    if db.conn.in_transaction:
        return fn(db)
    return current_app.extensions["db_writer"].run(fn)


def close_db(_exc: BaseException | None = None) -> None:
    """Give the request's connection back: roll back whatever the request left unfinished."""
    db = g.pop("db", None)
    if db is not None and db.conn.in_transaction:
        db.conn.rollback()


def init_app(app: Flask) -> None:
    """Migrate the database once at start and hand connections back at teardown."""
    db = open_db(app.config["DATABASE"], migrate=True)
    # This connection stays open, idle, for the app's life: closing the last connection makes
    # SQLite checkpoint and delete the WAL, which every request would otherwise pay for.
    # (Erasure still empties the WAL: storage.checkpoint truncates it past idle readers.)
    app.extensions["db_keeper"] = db
    app.extensions["db_threads"] = threading.local()
    app.extensions["db_writer"] = GroupWriter(
        lambda: open_db(
            app.config["DATABASE"],
            migrate=False,
            busy_timeout_ms=app.config["DB_BUSY_TIMEOUT_MS"],
            shared=True,
        )
    )
    app.teardown_appcontext(close_db)
