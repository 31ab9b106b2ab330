"""Storage on a real SQLite file: migrations, WAL, atomic turns, resume codes, drafts, events."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from assistant import PROJECT_ROOT, cli, storage
from assistant.errors import Conflict, NotFound, RateLimited, StorageError
from assistant.storage import CODE_ALPHABET, normalise_code, open_db
from assistant.storage import sessions as s

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "data" / "test.db"


@pytest.fixture
def db(db_path):
    database = open_db(db_path)
    yield database
    database.close()


def test_open_db_creates_file_with_wal_and_foreign_keys(db, db_path):
    assert db_path.exists()
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    for table in ("sessions", "turns", "drafts", "events", "code_attempts"):
        assert table in db.table_names()


def test_migrations_are_recorded_and_reopening_applies_nothing(db, db_path):
    applied = [m.name for m in s.migrations.applied(db)]
    assert applied == [m.name for m in s.migrations._migrations]
    assert s.migrations in storage.MIGRATION_SETS
    sid = s.create_session(db, {"step": 1})
    again = open_db(db_path)
    assert s.migrations.pending(again) == []
    assert s.get_session(again, sid).state == {"step": 1}
    again.close()


def test_env_variable_chooses_default_path(monkeypatch, tmp_path):
    monkeypatch.setenv("HVERDAGSMAAL_DB", str(tmp_path / "env.db"))
    assert storage.default_db_path() == tmp_path / "env.db"
    assert storage.default_db_path(tmp_path / "given.db") == tmp_path / "given.db"
    monkeypatch.delenv("HVERDAGSMAAL_DB")
    assert storage.default_db_path().parts[-2:] == ("instance", "hverdagsmaal.db")


def test_open_db_on_a_non_database_file_raises_storage_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("this is not sqlite " * 100)
    with pytest.raises(StorageError):
        open_db(bad)


def test_create_and_get_session_round_trips_state(db):
    state = {"slot": "wish", "facts": {"activity": "trapper"}, "text": "æøå ÆØÅ"}
    sid = s.create_session(db, state, channel="web", mode="pictures", now=NOW)
    got = s.get_session(db, sid)
    assert got.state == state
    assert (got.status, got.channel, got.mode) == ("active", "web", "pictures")
    assert got.created == got.updated == NOW.isoformat(timespec="seconds")


def test_get_missing_session_and_draft_raise_not_found(db):
    with pytest.raises(NotFound):
        s.get_session(db, "nope")
    with pytest.raises(NotFound):
        s.get_draft(db, "nope")
    with pytest.raises(NotFound):
        s.get_draft_by_receipt(db, "ABCDEF")
    with pytest.raises(NotFound):
        s.record_turn(db, "nope", state={}, slot="who", raw="x")


def test_record_turn_appends_and_updates_state_committed(db, db_path):
    sid = s.create_session(db, {"n": 0})
    for n in range(1, 4):
        rec = s.record_turn(
            db,
            sid,
            state={"n": n},
            slot="wish",
            raw=f"svar {n}",
            said_by="citizen",
            facts={"activity": None, "n": n},
        )
        assert rec.seq == n
    # A second, independent connection sees every committed turn.
    other = sqlite3.connect(db_path)
    rows = other.execute("SELECT seq, raw FROM turns WHERE session_id = ? ORDER BY seq", [sid])
    assert rows.fetchall() == [(1, "svar 1"), (2, "svar 2"), (3, "svar 3")]
    assert other.execute("SELECT state FROM sessions").fetchone()[0] == '{"n":3}'
    other.close()
    turns = s.list_turns(db, sid)
    assert [t.facts["n"] for t in turns] == [1, 2, 3]
    assert turns[0].said_by == "citizen"


def test_record_turn_is_atomic_when_state_cannot_be_stored(db):
    sid = s.create_session(db, {"n": 0})
    with pytest.raises(StorageError):
        s.record_turn(db, sid, state={"bad": object()}, slot="wish", raw="x")
    assert s.list_turns(db, sid) == []
    assert s.get_session(db, sid).state == {"n": 0}


def test_record_turn_rolls_back_turn_when_draft_fails(db):
    sid = s.create_session(db, {"n": 0})
    s.record_turn(db, sid, state={"n": 1}, slot="who", raw="borger")
    with pytest.raises(StorageError):
        s.record_turn(db, sid, state={"n": 2}, slot="confirm", raw="ja", draft={"x": object()})
    assert [t.seq for t in s.list_turns(db, sid)] == [1]
    session = s.get_session(db, sid)
    assert (session.state, session.status) == ({"n": 1}, "active")
    assert s.list_drafts(db) == []


def test_expected_seq_guards_against_double_submit(db):
    sid = s.create_session(db, {})
    s.record_turn(db, sid, state={}, slot="who", raw="a", expected_seq=1)
    with pytest.raises(Conflict):
        s.record_turn(db, sid, state={}, slot="who", raw="a", expected_seq=1)
    assert len(s.list_turns(db, sid)) == 1


def test_done_turn_stores_draft_with_receipt_code(db):
    sid = s.create_session(db, {})
    rec = s.record_turn(
        db,
        sid,
        state={"done": True},
        slot="confirm",
        raw="ja",
        input_kind="picture",
        draft={"status": "draft", "goal": {"activity": "trapper"}},
    )
    assert rec.status == "done" and rec.draft_id and len(rec.receipt_code) == 6
    assert set(rec.receipt_code) <= set(CODE_ALPHABET)
    draft = s.get_draft(db, rec.draft_id)
    assert draft.data["goal"]["activity"] == "trapper"
    assert draft.data["draft_id"] == rec.draft_id == rec.draft["draft_id"]
    assert (draft.status, draft.version, draft.session_id) == ("new", 1, sid)
    assert s.get_draft_by_receipt(db, rec.receipt_code.lower()).id == rec.draft_id
    assert s.get_draft_for_session(db, sid).id == rec.draft_id
    assert s.get_session(db, sid).status == "done"
    with pytest.raises(Conflict):
        s.record_turn(db, sid, state={}, slot="confirm", raw="ja")
    kinds = [e["kind"] for e in s.list_events(db, session_id=sid)]
    assert kinds == ["session_created", "draft_created"]


def test_refusal_keeps_only_the_refusal(db):
    sid = s.create_session(db, {})
    s.record_turn(db, sid, state={"who": "borger"}, slot="who", raw="borger")
    rec = s.record_turn(db, sid, state={}, slot="consent", raw="nej", status="refused")
    assert rec.status == "refused"
    turns = s.list_turns(db, sid)
    assert [(t.slot, t.raw) for t in turns] == [("consent", "nej")]
    assert s.get_session(db, sid).status == "refused"
    assert s.list_drafts(db) == []


def test_pause_and_resume_with_normalised_code(db):
    sid = s.create_session(db, {"slot": "deadline"})
    code = s.pause_session(db, sid, now=NOW)
    assert len(code) == 6 and set(code) <= set(CODE_ALPHABET)
    assert s.get_session(db, sid).status == "paused"
    typed = " " + code[:3].lower() + " - " + code[3:].lower() + " "
    assert normalise_code(typed) == code
    session = s.resume_by_code(db, typed, "10.0.0.1", now=NOW + timedelta(days=1))
    assert session.id == sid and session.status == "active"
    assert session.state == {"slot": "deadline"}


def test_resume_code_expires_after_configured_days(db):
    sid = s.create_session(db, {})
    code = s.pause_session(db, sid, days=2, now=NOW)
    with pytest.raises(NotFound):
        s.resume_by_code(db, code, "a", now=NOW + timedelta(days=2, seconds=1))
    assert s.resume_by_code(db, code, "a", now=NOW + timedelta(days=1)).id == sid
    default = s.pause_session(db, sid, now=NOW)
    with pytest.raises(NotFound):
        s.resume_by_code(db, default, "a", now=NOW + timedelta(days=31))
    assert s.resume_by_code(db, default, "a", now=NOW + timedelta(days=29)).id == sid


def test_a_resume_code_works_once_and_moves_the_session_to_the_new_device(db):
    sid = s.create_session(db, {"slot": "wish"})
    first_device = s.get_session(db, sid).device
    code = s.pause_session(db, sid, now=NOW)
    resumed = s.resume_by_code(db, code, "b", now=NOW + timedelta(hours=1))
    assert resumed.device and resumed.device != first_device
    assert resumed.resume_code and resumed.resume_code != code
    with pytest.raises(NotFound):  # the same code on a third device
        s.resume_by_code(db, code, "c", now=NOW + timedelta(hours=2))
    again = s.resume_by_code(db, resumed.resume_code, "c", now=NOW + timedelta(hours=2))
    assert again.device not in (first_device, resumed.device)
    # pausing keeps the fresh code the citizen was shown (a code changes only when used)
    assert s.pause_session(db, sid, now=NOW + timedelta(hours=3)) == again.resume_code


def test_a_session_and_its_draft_carry_the_team(db):
    sid = s.create_session(db, {}, team="Nord")
    assert s.get_session(db, sid).team == "Nord"
    rec = s.record_turn(db, sid, state={}, slot="confirm", raw="ja", draft={"goal": {}})
    assert s.get_draft(db, rec.draft_id).team == "Nord"
    assert s.draft_team(db, rec.draft_id) == "Nord"
    assert s.draft_team(db, "nosuchdraft") is None
    assert s.get_session(db, s.create_session(db, {})).team == "Standard"


def test_rows_made_before_teams_become_standard(tmp_path):
    from sqlite_utils import Database  # noqa: PLC0415

    path = tmp_path / "old.db"
    old = Database(path)
    s.migrations.apply(old, stop_before="m003_team_and_device")
    old.execute(
        "INSERT INTO sessions (id, state, channel, mode, created, updated)"
        " VALUES ('old', '{}', 'web', 'text', 'x', 'x')"
    )
    old.execute(
        "INSERT INTO drafts (id, session_id, receipt_code, json, created, updated)"
        " VALUES ('d-old', 'old', 'ABCDEF', '{}', 'x', 'x')"
    )
    old.conn.commit()
    old.close()
    db = open_db(path)
    assert db["sessions"].get("old")["team"] == "Standard"
    assert db["drafts"].get("d-old")["team"] == "Standard"
    assert s.get_session(db, "old").device is None  # no device check for an old session
    db.close()


def test_codes_of_closed_sessions_do_not_open_them(db):
    sid = s.create_session(db, {})
    code = s.pause_session(db, sid, now=NOW)
    s.record_turn(db, sid, state={}, slot="confirm", raw="ja", draft={"x": 1})
    with pytest.raises(NotFound):
        s.resume_by_code(db, code, "a", now=NOW)
    with pytest.raises(Conflict):
        s.pause_session(db, sid)


def test_resume_codes_are_unique_across_sessions(db):
    codes = {s.pause_session(db, s.create_session(db, {})) for _ in range(200)}
    assert len(codes) == 200


def test_wrong_guesses_are_rate_limited_per_source(db):
    sid = s.create_session(db, {})
    code = s.pause_session(db, sid, now=NOW)
    wrong = "22222" + ("3" if code != "222223" else "4")
    for i in range(10):
        with pytest.raises(NotFound):
            s.resume_by_code(db, wrong, "attacker", now=NOW + timedelta(seconds=i))
    # Even the right code is refused to that source for now ...
    with pytest.raises(RateLimited):
        s.resume_by_code(db, code, "attacker", now=NOW + timedelta(minutes=1))
    # ... but another source is not affected, and the limit lifts after the window.
    resumed = s.resume_by_code(db, code, "citizen", now=NOW + timedelta(minutes=1))
    assert resumed.id == sid and resumed.resume_code != code  # a used code is replaced
    later = NOW + timedelta(minutes=16)
    assert s.resume_by_code(db, resumed.resume_code, "attacker", now=later).id == sid
    attempts = db.execute("SELECT COUNT(*), SUM(ok) FROM code_attempts").fetchone()
    assert attempts == (12, 2)
    # A day later the old guesses are gone; only the new one is kept.
    s.pause_session(db, sid, now=NOW)
    with pytest.raises(NotFound):
        s.resume_by_code(db, wrong, "attacker", now=NOW + timedelta(days=1, minutes=20))
    assert db.execute("SELECT COUNT(*) FROM code_attempts").fetchone()[0] == 1


def test_update_draft_checks_version(db):
    sid = s.create_session(db, {})
    rec = s.record_turn(db, sid, state={}, slot="confirm", raw="ja", draft={"goal": {"a": 1}})
    new = s.update_draft(db, rec.draft_id, version=1, data={"goal": {"a": 2}}, status="in_review")
    assert (new.version, new.status, new.data["goal"]) == (2, "in_review", {"a": 2})
    assert new.data["draft_id"] == rec.draft_id
    with pytest.raises(Conflict):
        s.update_draft(db, rec.draft_id, version=1, status="approved")
    with pytest.raises(StorageError):
        s.update_draft(db, rec.draft_id, version=2, status="bogus")
    assert [d.id for d in s.list_drafts(db, status="in_review")] == [rec.draft_id]
    assert s.list_drafts(db, status="new") == []
    with pytest.raises(StorageError):
        s.list_drafts(db, status="bogus")


def test_log_event_is_committed(db, db_path):
    event_id = s.log_event(db, "exported", detail={"format": "fhir", "tekst": "æø"})
    other = sqlite3.connect(db_path)
    row = other.execute("SELECT kind, detail FROM events WHERE id = ?", [event_id]).fetchone()
    other.close()
    assert row == ("exported", '{"format":"fhir","tekst":"æø"}')


def test_hostile_text_is_stored_verbatim(db):
    sid = s.create_session(db, {})
    nasty = "'; DROP TABLE sessions; -- <script>alert(1)</script>" + "x" * 20_000
    s.record_turn(db, sid, state={"last": nasty}, slot="wish", raw=nasty)
    assert s.list_turns(db, sid)[0].raw == nasty
    assert s.get_session(db, sid).state["last"] == nasty
    assert "sessions" in db.table_names()


WRITER = """
import sys
from assistant.storage import open_db
from assistant.storage import sessions as s
db = open_db(sys.argv[1])
for i in range(int(sys.argv[3])):
    s.record_turn(db, sys.argv[2], state={"n": i}, slot="wish", raw=f"svar {i}")
print("ok")
"""


def test_concurrent_writer_processes_all_commit(db, db_path):
    """Several processes answering at once (like web workers) wait for the lock, never fail."""
    sids = [s.create_session(db, {"n": -1}) for _ in range(4)]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), sid, "60"],
            cwd=PROJECT_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for sid in sids
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, [err[-500:] for _, err in results]
    for sid in sids:
        assert [t.seq for t in s.list_turns(db, sid)] == list(range(1, 61))
        assert s.get_session(db, sid).state == {"n": 59}


def test_init_db_command_creates_and_updates(tmp_path, capsys):
    path = tmp_path / "new" / "cli.db"
    cmd = [sys.executable, "-m", "assistant", "init-db", "--db", str(path)]
    first = subprocess.run(cmd, capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120)
    assert first.returncode == 0, first.stderr
    assert str(path) in first.stdout and " 0 migration" not in first.stdout
    db = open_db(path)
    assert {"sessions", "turns", "drafts", "events", "code_attempts"} <= set(db.table_names())
    db.close()
    # The entry point ran as a process above; the rest runs in-process (cli.main), as cheaper.
    assert cli.main(["init-db", "--db", str(path)]) == 0
    assert " 0 migration(s) applied" in capsys.readouterr().out
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    assert cli.main(["init-db", "--db", str(bad)]) == 1
    broken = capsys.readouterr()
    assert broken.err.startswith("error: ") and "Traceback" not in broken.err


def test_pausing_a_paused_session_again_keeps_its_code(db):
    sid = s.create_session(db, {})
    code = s.pause_session(db, sid, now=NOW)
    assert s.pause_session(db, sid, now=NOW + timedelta(hours=1)) == code
    expired = s.pause_session(db, sid, days=1, now=NOW + timedelta(days=40))
    assert expired != code  # an expired code is replaced
    s.resume_by_code(db, expired, "a", now=NOW + timedelta(days=40))
    assert s.pause_session(db, sid, now=NOW + timedelta(days=40)) != expired


def test_from_row_takes_columns_by_field_name_and_defaults_for_missing_or_null():
    from assistant.storage.links import Link

    row = {"id": "a", "citizen_name": None, "created_at": "t0", "expires_at": "t1"}
    with pytest.raises(KeyError):
        storage.from_row(Link, row)  # used_at has no default: the column must be there
    link = storage.from_row(Link, {**row, "used_at": None, "team": None})
    assert (link.citizen_name, link.used_at, link.team) == (None, None, storage.DEFAULT_TEAM)
    assert storage.from_row(Link, {**row, "used_at": "t2"}, team="Nord").team == "Nord"


def test_citizen_versions_stored_under_the_danish_word_become_citizen(tmp_path):
    from sqlite_utils import Database  # noqa: PLC0415

    from assistant.storage import staff  # noqa: PLC0415

    path = tmp_path / "old.db"
    old = Database(path)
    staff.MIGRATIONS.apply(old, stop_before="m003_citizen_editor_ascii")
    for version, editor in ((1, "borger"), (2, "anna")):
        old["draft_versions"].insert(
            {"draft_id": "d1", "version": version, "json": "{}", "edited_by": editor}
        )
    old.conn.commit()
    old.close()
    db = open_db(path)
    editors = [r["edited_by"] for r in db["draft_versions"].rows_where(order_by="version")]
    assert editors == [staff.CITIZEN_EDITOR, "anna"] == ["citizen", "anna"]
    db.close()
