"""One database connection per request, kept on flask.g and closed at teardown."""

from __future__ import annotations

from flask import Flask, current_app, g
from sqlite_utils import Database

from assistant.storage import open_db


def get_db() -> Database:
    """Return this request's database connection, opening it on first use."""
    if "db" not in g:
        g.db = open_db(
            current_app.config["DATABASE"],
            migrate=False,
            busy_timeout_ms=current_app.config["DB_BUSY_TIMEOUT_MS"],
        )
    return g.db


def close_db(_exc: BaseException | None = None) -> None:
    """Close the request's database connection, if one was opened."""
    db = g.pop("db", None)
    if db is not None:
        db.close()


def init_app(app: Flask) -> None:
    """Migrate the database once at start and close connections at teardown."""
    db = open_db(app.config["DATABASE"], migrate=True)
    # This connection stays open, idle, for the app's life: closing the last connection makes
    # SQLite checkpoint and delete the WAL, which every request would otherwise pay for.
    # (Erasure still empties the WAL: storage.checkpoint truncates it past idle readers.)
    app.extensions["db_keeper"] = db
    app.teardown_appcontext(close_db)
