"""The code from the phone (TOTP) end to end over HTTP: enrolment confirmed by a real code,
the code step at sign-in before any session exists, no reuse, throttling, switching off,
admins required to enrol, single sign-on users exempt."""

from __future__ import annotations

import html
import re
import time
from datetime import UTC, datetime, timedelta

import pyotp
import pytest
import segno
from staff_support import ADMIN_PASSWORD, PASSWORD, add_users, csrf, db_at, login, make_app, post

from assistant import accounts, totp
from assistant.storage import identities
from assistant.storage.staff import list_audit
from assistant.web.auth import admin_must_enrol

CODE_PAGE = "/staff/login/kode"


@pytest.fixture
def env(tmp_path):
    path = tmp_path / "totp.db"
    db = db_at(path)
    add_users(db)
    db.close()
    return {"path": path, "app": make_app(path, STAFF_ADMIN_TOTP=True)}


def text(response) -> str:
    return response.get_data(as_text=True)


def actions(env) -> list[tuple[str, str]]:
    db = db_at(env["path"])
    try:
        return [(r["user"], r["action"]) for r in list_audit(db, 200)]
    finally:
        db.close()


def open_sessions(env) -> int:
    db = db_at(env["path"])
    try:
        return db.execute("select count(*) from staff_sessions where ended is null").fetchone()[0]
    finally:
        db.close()


def enrol(client) -> tuple[str, float]:
    """Switch the code on through the pages; return (secret, the time of the confirming code)."""
    assert post(client, "/staff/totp/start", token_from="/staff/totp").status_code == 302
    page = text(client.get("/staff/totp"))
    grouped = re.search(r'value="([A-Z2-7 ]+)" readonly data-totp-secret', page).group(1)
    secret = grouped.replace(" ", "")
    assert re.fullmatch(r"([A-Z2-7]{4} )+[A-Z2-7]{1,4}", grouped)  # shown in groups of four
    uri = re.search(r'value="([^"]+)" readonly data-totp-uri', page).group(1)
    assert uri.startswith("otpauth://totp/") and f"secret={secret}" in uri
    # The QR code to scan is made from that same URI (segno cannot read one back).
    qr = html.unescape(re.search(r'<img src="([^"]+)"[^>]*data-totp-qr', page).group(1))
    expected = segno.make(html.unescape(uri), error="m").svg_data_uri(scale=5, border=2)
    assert qr.startswith("data:image/svg+xml") and qr == expected
    wrong = post(client, "/staff/totp/bekraeft", {"code": "000000"}, token_from="/staff/totp")
    assert wrong.status_code == 400 and "Koden passer ikke" in text(wrong)
    assert 'data-totp-state="off"' in text(client.get("/staff/totp"))  # still off
    now = time.time()
    right = post(
        client, "/staff/totp/bekraeft", {"code": pyotp.TOTP(secret).at(now)}, "/staff/totp"
    )
    assert right.status_code == 302
    return secret, now


def test_enrol_then_sign_in_needs_the_code_before_any_session(env):
    anna = env["app"].test_client()
    assert login(anna).status_code == 302
    assert 'data-totp-state="off"' in text(anna.get("/staff/totp"))
    secret, confirmed_at = enrol(anna)
    assert 'data-totp-state="on"' in text(anna.get("/staff/totp"))  # the new session works
    assert {("anna", "totp_enrol"), ("anna", "totp_on")} <= set(actions(env))

    other = env["app"].test_client()
    before = open_sessions(env)
    first = login(other)
    assert first.status_code == 302 and first.headers["Location"].endswith(CODE_PAGE)
    assert open_sessions(env) == before  # a right password alone makes no session
    assert other.get("/staff/").headers["Location"].startswith("/staff/login")
    assert "seks tal" in text(other.get(CODE_PAGE))
    wrong = post(other, CODE_PAGE, {"code": "123456"}, token_from=CODE_PAGE)
    assert wrong.status_code == 401 and "Koden passer ikke" in text(wrong)
    # the confirming code's time step is used: the next step's code signs in
    code = pyotp.TOTP(secret).at(confirmed_at + 30)
    done = post(other, CODE_PAGE, {"code": code}, token_from=CODE_PAGE)
    assert done.status_code == 302 and done.headers["Location"] == "/staff/"
    assert other.get("/staff/").status_code == 200
    assert open_sessions(env) == before + 1

    third = env["app"].test_client()
    assert login(third).headers["Location"].endswith(CODE_PAGE)
    reused = post(third, CODE_PAGE, {"code": code}, token_from=CODE_PAGE)
    assert reused.status_code == 401  # the same code cannot be used twice
    assert third.get("/staff/").status_code == 302
    done = actions(env)
    assert ("anna", "login_code_failed") in done and ("anna", "login_password_ok") in done
    db = db_at(env["path"])
    details = [r["detail"] for r in list_audit(db, 200) if r["action"] == "login"]
    db.close()
    assert "password and code" in details


def test_the_code_step_forgets_a_stale_password(env):
    enrol_earlier(env, 1)
    client = env["app"].test_client()
    token = csrf(client)
    client.post(
        "/staff/login",
        data={"username": "anna", "password": PASSWORD, "csrf_token": token, "next": "/staff/mine"},
    )
    with client.session_transaction() as sess:
        sess["totp_pending"] = {**sess["totp_pending"], "at": int(time.time()) - 3600}
    stale = client.get(CODE_PAGE)
    assert stale.status_code == 302 and stale.headers["Location"].startswith("/staff/login")
    assert client.get("/staff/").status_code == 302
    assert client.get(CODE_PAGE).headers["Location"].startswith("/staff/login")  # forgotten


def enrol_earlier(env, user_id: int) -> str:
    """Switch the code on in storage two minutes ago; return the secret."""
    db = db_at(env["path"])
    user = accounts.get_user(db, user_id)
    secret, _ = totp.start_totp(db, user)
    then = datetime.now(UTC) - timedelta(minutes=2)
    totp.confirm_totp(db, user, pyotp.TOTP(secret).at(then), "10.9.9.9", now=then)
    db.close()
    return secret


def test_wrong_codes_are_throttled_with_a_kind_429(env):
    secret = enrol_earlier(env, 1)
    client = env["app"].test_client()
    login(client)
    for _ in range(accounts.FREE_PER_ACCOUNT):
        assert post(client, CODE_PAGE, {"code": "000000"}, CODE_PAGE).status_code == 401
    right = pyotp.TOTP(secret).now()
    throttled = post(client, CODE_PAGE, {"code": right}, token_from=CODE_PAGE)
    assert throttled.status_code == 429 and int(throttled.headers["Retry-After"]) >= 1
    assert "sekunder" in text(throttled)
    assert client.get("/staff/").status_code == 302
    assert ("anna", "login_code_throttled") in actions(env)


def test_switching_off_needs_a_current_code(env):
    anna = env["app"].test_client()
    login(anna)
    secret, confirmed_at = enrol(anna)
    wrong = post(anna, "/staff/totp/fra", {"code": "000000"}, token_from="/staff/totp")
    assert wrong.status_code == 400 and 'data-totp-state="on"' in text(wrong)
    code = pyotp.TOTP(secret).at(confirmed_at + 30)
    assert post(anna, "/staff/totp/fra", {"code": code}, "/staff/totp").status_code == 302
    assert 'data-totp-state="off"' in text(anna.get("/staff/totp"))
    assert ("anna", "totp_off") in actions(env)
    again = env["app"].test_client()
    assert login(again).headers["Location"] == "/staff/"  # password only again


def test_an_admin_without_the_code_is_sent_to_enrol_on_every_page(env):
    boss = env["app"].test_client()
    assert login(boss, "boss", ADMIN_PASSWORD).status_code == 302
    for path in ("/staff/brugere", "/staff/revision", "/staff/sessioner", "/staff/", "/staff/gdpr"):
        response = boss.get(path)
        assert response.status_code == 302 and response.headers["Location"] == "/staff/totp"
    page = text(boss.get("/staff/totp"))
    assert "data-totp-required" in page and "Som administrator" in page
    assert boss.get("/staff/adgangskode").status_code == 200  # may still change the password
    secret, confirmed_at = enrol(boss)
    assert boss.get("/staff/brugere").status_code == 200
    code = pyotp.TOTP(secret).at(confirmed_at + 30)
    kept = post(boss, "/staff/totp/fra", {"code": code}, token_from="/staff/totp")
    assert kept.status_code == 400 and 'data-totp-state="on"' in text(kept)
    # signing out still works, and the next sign-in asks for the code
    assert post(boss, "/staff/logout", token_from="/staff/").status_code == 302
    assert login(boss, "boss", ADMIN_PASSWORD).headers["Location"].endswith(CODE_PAGE)


def test_staff_are_offered_the_code_and_an_admin_can_switch_it_off_for_them(env):
    anna = env["app"].test_client()
    login(anna)
    assert "data-nav-totp" in text(anna.get("/staff/"))  # offered, not forced
    enrol(anna)
    secret = enrol_earlier(env, 2)
    boss = env["app"].test_client()
    login(boss, "boss", ADMIN_PASSWORD)
    boss_code = pyotp.TOTP(secret).now()
    assert post(boss, CODE_PAGE, {"code": boss_code}, token_from=CODE_PAGE).status_code == 302
    users = text(boss.get("/staff/brugere"))
    assert users.count("data-totp-reset") == 1  # anna has it on; the admin's own row has none
    reset = post(boss, "/staff/brugere/1/totp", token_from="/staff/brugere")
    assert reset.status_code == 302
    assert anna.get("/staff/").status_code == 302  # her sessions ended
    assert login(anna).headers["Location"] == "/staff/"
    assert ("boss", "totp_reset") in actions(env)


def test_single_sign_on_admins_are_exempt(env):
    db = db_at(env["path"])
    user_id, _ = identities.upsert_sso_user(db, "sub-9", "sso.admin", "admin", "Team A")
    sso_admin, local_admin = accounts.get_user(db, user_id), accounts.get_user(db, 2)
    db.close()
    with env["app"].test_request_context("/staff/"):
        assert not admin_must_enrol(sso_admin)
        assert admin_must_enrol(local_admin)
