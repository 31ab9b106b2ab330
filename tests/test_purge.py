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


def test_an_answer_to_an_old_open_tab_during_the_purge_survives(tmp_path, capsys):
    """The race: the purge lists a 40-day-old session, then the citizen's old tab answers
    (acknowledged), then the purge deletes. Listing and deleting are now one transaction that
    takes the write lock first, and the age is checked again at delete time."""
    import threading  # noqa: PLC0415
    import time  # noqa: PLC0415

    path = tmp_path / "race.db"
    db = db_at(path)
    old_tab = unfinished(db, 40)
    other_old = unfinished(db, 45)
    db.close()

    tab = db_at(path)  # the web app's connection
    tab.conn.execute("BEGIN IMMEDIATE")  # an answer is being stored as the purge starts
    results = []
    purge = threading.Thread(target=lambda: results.append(main(["purge", "--db", str(path)])))
    purge.start()
    time.sleep(0.8)  # the old purge has listed its candidates by now and waits to delete
    record_turn(tab, old_tab, state={"slot": "measure"}, slot="activity", raw="trapper")
    tab.conn.execute("COMMIT")  # acknowledged to the citizen
    purge.join(timeout=30)
    tab.close()

    assert results == [0]
    db = db_at(path)
    assert session_rows(db, old_tab) == 3  # the session and both answers are kept
    assert session_rows(db, other_old) == 0  # the purge still did its work
    db.close()
    assert "deleted 1 unfinished session(s)" in capsys.readouterr().out


def test_still_due_sees_a_fresh_answer(tmp_path):
    from assistant.storage.purge import still_due  # noqa: PLC0415

    db = db_at(tmp_path / "due.db")
    sid = unfinished(db, 40)
    cutoff = now() - timedelta(days=30)
    assert still_due(db, sid, "unfinished", cutoff)
    record_turn(db, sid, state={"slot": "x"}, slot="activity", raw="trapper")
    assert not still_due(db, sid, "unfinished", cutoff)
    assert not still_due(db, "no-such-session", "unfinished", cutoff)
    old = make_draft(db, now=now() - timedelta(days=400))
    assert still_due(db, old_session(db, old.draft_id), "expired", now())
    db.close()


def old_session(db, draft_id):
    """Return the session id of a draft."""
    return db.execute("select session_id from drafts where id = ?", [draft_id]).fetchone()[0]
