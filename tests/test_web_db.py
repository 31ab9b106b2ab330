"""The request's database connection: one per server thread, reused, never left in a transaction."""

from __future__ import annotations

import sqlite3
import threading

from citizen_support import make_app

from assistant.web.db import get_db


def _connection(app):
    with app.app_context():
        return get_db()


def test_a_thread_reuses_its_connection_and_another_thread_gets_its_own(tmp_path):
    app = make_app(tmp_path)
    first, again = _connection(app), _connection(app)
    assert first is again
    other = []

    def serve():
        db = _connection(app)
        other.append((db, db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]))

    thread = threading.Thread(target=serve)
    thread.start()
    thread.join()
    assert other[0][0] is not first and other[0][1] == 0


def test_a_transaction_left_open_by_a_request_is_rolled_back_and_blocks_no_one(tmp_path):
    app = make_app(tmp_path)
    with app.app_context():
        db = get_db()
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute("INSERT INTO events (kind, at) VALUES ('half', '2026-11-22')")
    assert not db.conn.in_transaction
    other = sqlite3.connect(app.config["DATABASE"], timeout=0)  # would fail at once if locked
    try:
        other.execute("BEGIN IMMEDIATE")
        other.rollback()
        assert other.execute("SELECT COUNT(*) FROM events WHERE kind = 'half'").fetchone()[0] == 0
    finally:
        other.close()
    assert _connection(app) is db  # and the connection goes on serving


def test_another_database_setting_opens_a_new_connection(tmp_path):
    app = make_app(tmp_path)
    first = _connection(app)
    app.config["DATABASE"] = str(tmp_path / "other.db")
    from assistant.storage import open_db  # noqa: PLC0415

    open_db(app.config["DATABASE"]).close()  # migrated, as create_app would
    second = _connection(app)
    assert second is not first
    assert second.execute("PRAGMA database_list").fetchone()[2].endswith("other.db")
