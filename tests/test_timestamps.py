"""One timestamp format in the database: ISO-8601 UTC with seconds and "+00:00"."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from assistant import accounts
from assistant.errors import AuthenticationFailed
from assistant.storage import iso, links, sessions, staff, staff_sessions, transaction

STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$")
LOOKS_LIKE_A_MOMENT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:")


def test_iso_is_utc_with_seconds():
    copenhagen = timezone(timedelta(hours=1))
    moment = datetime(2026, 11, 22, 11, 0, 5, 987654, tzinfo=copenhagen)
    assert iso(moment) == "2026-11-22T10:00:05+00:00"
    assert datetime.fromisoformat(iso(moment)) == moment.replace(microsecond=0)


def test_every_stored_moment_has_the_one_format(db):
    sid = sessions.create_session(db, {"step": "who"})
    sessions.record_turn(db, sid, state={"step": "consent"}, slot="who", raw="mig")
    sessions.pause_session(db, sid)
    user = accounts.create_user(db, "hanne.hansen", "Rugbroed-med-Leverpostej-42")
    accounts.authenticate(db, "hanne.hansen", "Rugbroed-med-Leverpostej-42", "10.0.0.1")
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(db, "hanne.hansen", "forkert", "10.0.0.1")
    staff_sessions.start(db, user.id, "10.0.0.1", "test")
    staff.audit(db, user.username, "view")
    links.create_link(db, days=3, citizen_name="Inger")
    seen = 0
    for table in db.table_names():
        for row in db[table].rows:
            for column, value in row.items():
                if isinstance(value, str) and LOOKS_LIKE_A_MOMENT.match(value):
                    assert STAMP.match(value), f"{table}.{column} = {value!r}"
                    seen += 1
    assert seen >= 10  # sessions, turns, events, users, login attempts, staff sessions, audit


def test_a_failed_commit_rolls_back(db):
    db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    db.execute(
        "CREATE TABLE child (id INTEGER PRIMARY KEY,"
        " parent_id INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)"
    )
    with pytest.raises(sqlite3.IntegrityError), transaction(db):
        db.execute("INSERT INTO child (parent_id) VALUES (7)")  # fails only at COMMIT
    assert not db.conn.in_transaction
    assert db.execute("SELECT COUNT(*) FROM child").fetchone()[0] == 0
    with transaction(db):  # the connection is usable again
        db.execute("INSERT INTO parent (id) VALUES (7)")
        db.execute("INSERT INTO child (parent_id) VALUES (7)")
    assert db.execute("SELECT COUNT(*) FROM child").fetchone()[0] == 1
