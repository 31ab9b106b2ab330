"""`assistant purge` and `assistant create-user` on a real SQLite file."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import pytest
from staff_support import PASSWORD, db_at, make_draft, now

from assistant import accounts
from assistant.cli import main
from assistant.storage import staff as store
from assistant.storage.sessions import create_session, record_turn


def unfinished(db, age_days):
    """Store a dialogue session with one answer and no draft, last touched age_days ago."""
    when = now() - timedelta(days=age_days)
    sid = create_session(db, {"slot": "wish"}, now=when)
    record_turn(db, sid, state={"slot": "activity"}, slot="wish", raw="gå på trapper", now=when)
    return sid


@pytest.fixture
def filled(tmp_path):
    path = tmp_path / "purge.db"
    db = db_at(path)
    ids = {
        "fresh_unfinished": unfinished(db, 2),
        "old_unfinished": unfinished(db, 40),
        "fresh_draft": make_draft(db, now=now() - timedelta(days=100)),
        "old_draft": make_draft(db, now=now() - timedelta(days=400)),
    }
    store.save_version(db, ids["old_draft"].draft_id, 1, ids["old_draft"].draft, "anna")
    # the staff edit above touched the draft today; make it old again, as if edited long ago
    old = (now() - timedelta(days=400)).isoformat()
    db.execute("update drafts set updated = ? where id = ?", [old, ids["old_draft"].draft_id])
    db.conn.commit()
    db.close()
    return path, ids


def count(db, sql, params):
    return list(db.query(sql, params))[0]["n"]


def session_rows(db, sid):
    return count(db, "select count(*) as n from sessions where id = ?", [sid]) + count(
        db, "select count(*) as n from turns where session_id = ?", [sid]
    )


def test_purge_deletes_old_unfinished_sessions_and_expired_drafts_only(filled, capsys):
    path, ids = filled
    assert main(["purge", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "deleted 1 unfinished session(s)" in out and "1 session(s) with drafts" in out
    db = db_at(path)
    old_draft = ids["old_draft"]
    assert session_rows(db, ids["old_unfinished"]) == 0
    assert session_rows(db, old_draft.draft_id) == 0
    assert count(db, "select count(*) as n from drafts where id = ?", [old_draft.draft_id]) == 0
    assert (
        count(
            db, "select count(*) as n from draft_versions where draft_id = ?", [old_draft.draft_id]
        )
        == 0
    )
    assert session_rows(db, ids["fresh_unfinished"]) == 2
    assert (
        count(db, "select count(*) as n from drafts where id = ?", [ids["fresh_draft"].draft_id])
        == 1
    )
    actions = [r["action"] for r in store.list_audit(db)]
    assert "purge_unfinished" in actions and "purge_retention" in actions
    kinds = [r["kind"] for r in db.query("select kind from events")]
    assert "purge_unfinished" in kinds and "purge_retention" in kinds
    db.close()


def test_dry_run_deletes_nothing(filled, capsys):
    path, ids = filled
    assert main(["purge", "--db", str(path), "--dry-run"]) == 0
    assert "would delete 1 unfinished" in capsys.readouterr().out
    db = db_at(path)
    assert session_rows(db, ids["old_unfinished"]) == 2
    assert count(db, "select count(*) as n from drafts", []) == 2
    db.close()


def test_shorter_periods_purge_more(filled, capsys):
    path, ids = filled
    assert (
        main(["purge", "--db", str(path), "--unfinished-days", "1", "--retention-days", "50"]) == 0
    )
    db = db_at(path)
    assert count(db, "select count(*) as n from drafts", []) == 0
    assert count(db, "select count(*) as n from sessions", []) == 0
    db.close()


def test_purge_refuses_bad_arguments_and_bad_database(tmp_path, capsys):
    assert main(["purge", "--db", str(tmp_path / "x.db"), "--retention-days", "0"]) == 2
    assert "at least 1" in capsys.readouterr().err
    not_a_db = tmp_path / "garbage.db"
    not_a_db.write_bytes(b"this is not sqlite" * 100)
    assert main(["purge", "--db", str(not_a_db)]) == 1
    assert "cannot open database" in capsys.readouterr().err


def test_create_user_command_reads_password_from_stdin(tmp_path):
    path = tmp_path / "users.db"
    cmd = [
        sys.executable,
        "-m",
        "assistant",
        "create-user",
        "Bente",
        "--role",
        "admin",
        "--password-stdin",
        "--db",
        str(path),
    ]
    done = subprocess.run(cmd, input=PASSWORD + "\n", capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "created admin user 'bente'" in done.stdout
    assert PASSWORD not in done.stdout + done.stderr
    db = db_at(path)
    assert accounts.authenticate(db, "bente", PASSWORD, "127.0.0.1").is_admin
    db.close()
    again = subprocess.run(cmd, input=PASSWORD + "\n", capture_output=True, text=True, check=False)
    assert again.returncode == 1 and "already exists" in again.stderr
    weak = subprocess.run(
        [*cmd[:4], "carl", "--password-stdin", "--db", str(path)],
        input="kort\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert weak.returncode == 1 and "at least" in weak.stderr


def test_purge_forgets_old_sign_in_attempts(tmp_path, capsys):
    path = tmp_path / "attempts.db"
    db = db_at(path)
    accounts.create_user(db, "anna", PASSWORD)
    accounts.authenticate(db, "anna", PASSWORD, "10.0.0.1", now=now() - timedelta(days=45))
    accounts.authenticate(db, "anna", PASSWORD, "10.0.0.2")
    db.close()
    assert main(["purge", "--db", str(path)]) == 0
    assert "login_attempts=1" in capsys.readouterr().out
    db = db_at(path)
    assert [r["address"] for r in db.query("select address from login_attempts")] == ["10.0.0.2"]
    db.close()
