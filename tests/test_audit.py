"""The tamper-evident audit log: the hash chain, `assistant audit verify` and `export --csv`."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest
from sqlite_utils import Database
from staff_support import db_at, make_draft

from assistant.cli import main
from assistant.storage import audit as trail
from assistant.storage import gdpr
from assistant.storage import staff as store


@pytest.fixture
def logged(tmp_path):
    """A database file with a draft and eight audit rows from two staff members."""
    path = tmp_path / "audit.db"
    db = db_at(path)
    draft = make_draft(db)
    for user, action in [("anna", "login"), ("anna", "view_queue"), ("bo", "login")]:
        store.audit(db, user, action, role="staff", address="10.0.0.7")
    store.audit(db, "anna", "view_draft", draft.draft_id, "version 1", role="staff")
    edited = dict(draft.draft, goal=dict(draft.draft["goal"], text="Jeg vil gaa en etage selv."))
    store.save_version(db, draft.draft_id, 1, edited, "anna", note="ringede til datteren")
    store.change_status(db, draft.draft_id, "approve", "bo", 2, reason="bekraeftet i telefonen")
    store.audit(db, "bo", "export_pdf", draft.draft_id, "version 2", address="10.0.0.8")
    store.audit(db, "anna", "logout")
    db.close()
    return path, draft


def verify(path, capsys):
    code = main(["audit", "verify", "--db", str(path)])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_an_untouched_log_verifies_with_a_summary(logged, capsys):
    path, _ = logged
    code, text = verify(path, capsys)
    assert code == 0
    assert "OK: 8 row(s)" in text and "head hash" in text


def test_a_deleted_row_is_named(logged, capsys):
    path, _ = logged
    db = db_at(path)
    with db.atomic():
        db.execute("delete from audit_log where id = 4")
    db.close()
    code, text = verify(path, capsys)
    assert code == 1 and "row 4" in text and "deleted" in text


def test_an_altered_row_is_named(logged, capsys):
    path, _ = logged
    db = db_at(path)
    with db.atomic():
        db.execute("update audit_log set user = 'mallory' where id = 6")
    db.close()
    code, text = verify(path, capsys)
    assert code == 1 and "row 6" in text and "altered" in text


def test_a_rewritten_detail_is_detected_but_a_gdpr_erased_one_is_not_a_break(logged, capsys):
    path, draft = logged
    db = db_at(path)
    with db.atomic():
        db.execute("update audit_log set detail = 'version 9' where id = 4")
    assert not trail.verify(db).ok and trail.verify(db).broken_id == 4
    with db.atomic():
        db.execute("update audit_log set detail = 'version 1' where id = 4")
    # the citizen's erasure blanks the details (they may hold personal text), the chain holds
    session_id = store.get_draft_row(db, draft.draft_id)["session_id"]
    gdpr.delete_citizen_data(db, session_id, "boss", "gdpr_delete")
    erased = db.execute(
        "select count(*) from audit_log where detail is null and detail_sha256 is not null"
    ).fetchone()[0]
    db.close()
    code, text = verify(path, capsys)
    assert code == 0 and erased == 4 and f"{erased} detail(s) erased" in text


def test_renumbering_rows_to_hide_a_deletion_breaks_the_chain(logged):
    path, _ = logged
    db = db_at(path)
    with db.atomic():
        db.execute("delete from audit_log where id = 3")
        db.execute("update audit_log set id = id - 1 where id > 3")
    verdict = trail.verify(db)
    db.close()
    assert not verdict.ok and verdict.broken_id == 3


def test_the_migration_chains_rows_written_before_it():
    db = Database(memory=True)
    db["audit_log"].create(
        {"id": int, "user": str, "at": str, "action": str, "draft_id": str, "detail": str},
        pk="id",
    )
    for n in range(3):
        db["audit_log"].insert(
            {"user": "anna", "at": f"2026-11-0{n + 1}T10:00:00+00:00", "action": "login"}
        )
    trail.add_chain_columns(db)
    assert trail.verify(db).ok and trail.verify(db).rows == 3
    trail.audit(db, "bo", "view_queue", address="192.0.2.1")
    assert trail.verify(db).rows == 4
    db.execute("update audit_log set at = '2026-11-02T11:00:00+00:00' where id = 2")
    assert trail.verify(db).broken_id == 2


def test_csv_export_for_the_dpo_with_since(logged, capsys):
    path, draft = logged
    assert main(["audit", "export", "--csv", "--db", str(path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 8
    assert rows[0]["action"] == "login" and rows[0]["address"] == "10.0.0.7"
    approve = next(r for r in rows if r["action"] == "approve")
    assert approve["user"] == "bo" and approve["draft_id"] == draft.draft_id
    assert "not confirmed by the citizen; reason: bekraeftet i telefonen" in approve["detail"]
    assert rows[-1]["hash"] == trail.verify(db_at(path)).head
    assert main(["audit", "export", "--csv", "--since", "2999-01-01", "--db", str(path)]) == 0
    assert capsys.readouterr().out.strip().splitlines() == [",".join(trail.CSV_COLUMNS)]


def test_verify_as_a_real_command_exits_1_on_tampering(logged):
    path, _ = logged
    cmd = [sys.executable, "-m", "assistant", "audit", "verify", "--db", str(path)]
    assert subprocess.run(cmd, capture_output=True, check=False).returncode == 0
    db = db_at(path)
    with db.atomic():
        db.execute("delete from audit_log where id = 2")
    db.close()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert done.returncode == 1 and "row 2" in done.stderr
