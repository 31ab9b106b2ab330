"""The audit through the staff pages: every read and write, sign-ins and their failures, with
the client's address; the citizen's GDPR export says who looked; the approval rules."""

from __future__ import annotations

import json

import pytest
from staff_support import (
    ADMIN_PASSWORD,
    PASSWORD,
    add_users,
    csrf,
    db_at,
    login,
    make_app,
    make_draft,
    post,
    sample_draft,
)
from test_staff_authz import MATRIX

from assistant.storage import audit as trail
from assistant.storage import staff as store

ADDRESS = "192.0.2.44"


@pytest.fixture
def env(tmp_path):
    path = tmp_path / "audit-web.db"
    db = db_at(path)
    add_users(db)
    confirmed = make_draft(db)
    unconfirmed = make_draft(db, sample_draft() | {"citizen_confirmed": False})
    db.close()
    return {"app": make_app(path), "path": path, "ok": confirmed, "unconfirmed": unconfirmed}


def client_at(env, user="anna", password=PASSWORD, address=ADDRESS):
    c = env["app"].test_client()
    c.environ_base["REMOTE_ADDR"] = address
    assert login(c, user, password).status_code == 302
    return c


def rows(env) -> list[dict]:
    db = db_at(env["path"])
    try:
        assert trail.verify(db).ok
        return list(reversed(store.list_audit(db, 10_000)))
    finally:
        db.close()


def test_every_staff_route_leaves_a_chained_row_with_actor_role_and_address(env):
    boss = client_at(env, "boss", ADMIN_PASSWORD)
    draft_id = env["ok"].draft_id
    for method, path, _staff, _admin in MATRIX:
        url = path.format(d=draft_id, u=1, s=999999, l="nosuchlink", r="nosuchsession")
        token = csrf(boss, "/staff/adgangskode")
        before = len(rows(env))
        if method == "GET":
            boss.get(url)
        else:
            boss.post(url, data={"csrf_token": token})
        new = rows(env)[before:]
        mine = [r for r in new if r["user"] == "boss" and r["address"] == ADDRESS]
        assert mine, f"{method} {url} left no audit row"
        assert all(r["role"] == "admin" for r in mine)


def test_reads_name_what_was_seen(env):
    anna = client_at(env)
    draft = env["ok"]
    anna.get("/staff/?q=grethe nielsen&status=new")
    anna.get(f"/staff/draft/{draft.draft_id}")
    anna.get(f"/staff/draft/{draft.draft_id}/rediger")
    anna.get(f"/staff/draft/{draft.draft_id}/export.json")
    anna.get(f"/staff/draft/{draft.draft_id}/opfoelgning")
    log = [(r["action"], r["draft_id"], r["detail"]) for r in rows(env) if r["user"] == "anna"]
    assert ("search", None, "status=new q=grethe nielsen") in log
    actions = [a for a, d, _ in log if d == draft.draft_id]
    assert actions == ["view_draft", "view_edit", "export_json", "followup_view"]
    view = next(r for r in rows(env) if r["action"] == "view_draft")
    assert view["session_id"] and "transcript" in view["detail"]


def test_sign_ins_their_failures_and_throttling_are_audited_with_the_address(env):
    c = env["app"].test_client()
    c.environ_base["REMOTE_ADDR"] = "198.51.100.9"
    statuses = [login(c, "anna", "forkert-kode-123").status_code for _ in range(5)]
    assert statuses[:3] == [401, 401, 401] and statuses[-1] == 429
    log = [(r["user"], r["action"], r["address"]) for r in rows(env)]
    assert log.count(("anna", "login_failed", "198.51.100.9")) >= 3
    assert ("anna", "login_throttled", "198.51.100.9") in log
    client_at(env, "boss", ADMIN_PASSWORD, address="198.51.100.10")
    assert ("boss", "login", "198.51.100.10") in [
        (r["user"], r["action"], r["address"]) for r in rows(env)
    ]


def test_audit_page_shows_danish_labels_role_and_address(env):
    client_at(env).get(f"/staff/draft/{env['ok'].draft_id}")
    page = client_at(env, "boss", ADMIN_PASSWORD).get("/staff/revision").get_data(as_text=True)
    assert "så udkastet og samtalen" in page and "loggede ind" in page
    assert "medarbejder" in page and ADDRESS in page and "Revisionslog" in page


def test_the_citizens_gdpr_export_says_who_looked_at_their_data(env):
    client_at(env).get(f"/staff/draft/{env['ok'].draft_id}")
    boss = client_at(env, "boss", ADMIN_PASSWORD)
    code = env["ok"].draft["receipt_code"]
    resp = post(boss, "/staff/gdpr/eksport", {"code": code}, token_from="/staff/gdpr")
    data = json.loads(resp.get_data(as_text=True))
    lines = data["access_summary"]
    assert any("anna (medarbejder) så udkastet og samtalen" in line for line in lines), lines
    assert [a["user"] for a in data["access"]] == ["anna"]
    assert "audit_log" not in data["tables"]


def test_gdpr_export_of_an_unseen_citizen_says_nobody_looked(env):
    boss = client_at(env, "boss", ADMIN_PASSWORD)
    code = env["unconfirmed"].draft["receipt_code"]
    resp = post(boss, "/staff/gdpr/eksport", {"code": code}, token_from="/staff/gdpr")
    summary = json.loads(resp.get_data(as_text=True))["access_summary"]
    assert summary == ["Ingen medarbejder har set eller ændret dine oplysninger."]


def test_approving_an_unconfirmed_draft_needs_a_reason_that_is_audited(env):
    anna = client_at(env)
    draft_id = env["unconfirmed"].draft_id
    page = anna.get(f"/staff/draft/{draft_id}").get_data(as_text=True)
    assert "data-approve-reason" in page
    url = f"/staff/draft/{draft_id}/approve"
    refused = post(anna, url, {"version": "1"}, token_from=f"/staff/draft/{draft_id}")
    assert refused.status_code == 400 and "begrundelse" in refused.get_data(as_text=True)
    reason = "Borgeren sagde ja i telefonen"
    done = post(
        anna, url, {"version": "1", "reason": reason}, token_from=f"/staff/draft/{draft_id}"
    )
    assert done.status_code == 302
    approve = next(r for r in rows(env) if r["action"] == "approve")
    assert reason in approve["detail"] and approve["address"] == ADDRESS


def test_after_a_staff_edit_the_a_line_says_the_citizen_has_not_seen_it(env):
    anna, draft = client_at(env), env["ok"]
    page = anna.get(f"/staff/draft/{draft.draft_id}").get_data(as_text=True)
    assert "data-approve-reason" not in page and "ikke set den nye ordlyd" not in page
    db = db_at(env["path"])
    edited = sample_draft(text="Jeg vil gaa en etage selv inden jul.")
    store.save_version(db, draft.draft_id, 1, edited, "anna")
    db.close()
    page = anna.get(f"/staff/draft/{draft.draft_id}").get_data(as_text=True)
    a_line = page[page.index('data-smart="A"') - 30 : page.index('data-smart="R"')]
    assert 'class="warn"' in a_line and "ikke set den nye ordlyd" in a_line
    assert "data-approve-reason" in page


def test_archived_drafts_cannot_be_edited_or_exported_as_active(env):
    anna, draft_id = client_at(env), env["ok"].draft_id
    done = post(anna, f"/staff/draft/{draft_id}/archive", {"version": "1"})
    assert done.status_code == 302
    assert anna.get(f"/staff/draft/{draft_id}/rediger").status_code == 409
    edit = post(anna, f"/staff/draft/{draft_id}/rediger", {"version": "1", "text": "x"})
    assert edit.status_code == 409
    for suffix in ("export.fhir.json", "export.pdf"):
        resp = anna.get(f"/staff/draft/{draft_id}/{suffix}")
        assert resp.status_code == 409 and "arkiveret" in resp.get_data(as_text=True), suffix
    as_json = anna.get(f"/staff/draft/{draft_id}/export.json")
    assert as_json.status_code == 200 and as_json.get_json()["status"] == "archived"
    db = db_at(env["path"])
    with pytest.raises(store.StorageError):
        store.save_version(db, draft_id, 2, sample_draft(), "anna")
    db.close()


def test_no_password_ever_reaches_the_audit_log(env):
    c = env["app"].test_client()
    typo = "korrekt-hest-batterj"
    assert login(c, "anna", typo).status_code == 401
    client_at(env)
    db = db_at(env["path"])
    dump = trail.export_csv(db) + json.dumps(store.list_audit(db))
    db.close()
    assert "login_failed" in dump and "login" in dump
    assert typo not in dump and PASSWORD not in dump
