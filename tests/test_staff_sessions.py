"""Server-side staff sessions: a copied cookie dies with logout, password change and disabling."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from staff_support import ADMIN_PASSWORD, PASSWORD, add_users, db_at, login, make_app, post

from assistant import accounts
from assistant.storage import staff_sessions

COOKIE = "hverdagsmaal"


@pytest.fixture
def env(tmp_path):
    path = tmp_path / "sessions.db"
    db = db_at(path)
    add_users(db)
    db.close()
    return {"app": make_app(path), "path": path}


def signed_in(env, username="anna", password=PASSWORD):
    client = env["app"].test_client()
    assert login(client, username, password).status_code == 302
    return client


def copy_of(client, env):
    """A second browser holding a copy of client's cookie (as a thief would)."""
    thief = env["app"].test_client()
    thief.set_cookie(COOKIE, client.get_cookie(COOKIE).value)
    return thief


def refused(client) -> bool:
    response = client.get("/staff/")
    return response.status_code == 302 and "/staff/login" in response.headers["Location"]


def test_the_cookie_holds_a_random_token_not_the_user(env):
    anna = signed_in(env)
    with anna.session_transaction() as sess:
        assert set(sess) <= {"staff_session", "csrf_token", "_flashes"}
        assert len(sess["staff_session"]) >= 40
    db = db_at(env["path"])
    stored = [r["token_hash"] for r in db.query("select token_hash from staff_sessions")]
    db.close()
    assert stored and sess["staff_session"] not in stored  # only its hash is kept


def test_copied_cookie_is_refused_after_logout(env):
    anna = signed_in(env)
    thief = copy_of(anna, env)
    assert thief.get("/staff/").status_code == 200
    assert post(anna, "/staff/logout").status_code == 302
    assert refused(thief) and refused(anna)


def test_copied_cookie_is_refused_after_password_change(env):
    anna = signed_in(env)
    thief = copy_of(anna, env)
    new = "nyt-og-meget-laengere-kodeord-42"
    form = {"old": PASSWORD, "new": new, "repeat": new}
    assert (
        post(anna, "/staff/adgangskode", form, token_from="/staff/adgangskode").status_code == 302
    )
    assert refused(thief)
    assert anna.get("/staff/").status_code == 200  # the one who changed it goes on


def test_copied_cookie_is_refused_after_disable_and_role_change(env):
    anna = signed_in(env)
    thief = copy_of(anna, env)
    boss = signed_in(env, "boss", ADMIN_PASSWORD)
    db = db_at(env["path"])
    anna_id = accounts.get_user(db, 1).id
    db.close()
    assert (
        post(boss, f"/staff/brugere/{anna_id}/aktiv", token_from="/staff/brugere").status_code
        == 302
    )
    assert refused(thief) and refused(anna)
    db = db_at(env["path"])
    accounts.set_active(db, anna_id, True)
    db.close()
    anna = signed_in(env)
    db = db_at(env["path"])
    accounts.set_role(db, anna_id, "admin")
    db.close()
    assert refused(anna)


def _age(env, **columns):
    db = db_at(env["path"])
    for column, delta in columns.items():
        when = (datetime.now(UTC) - delta).isoformat(timespec="seconds")
        db.execute(f"update staff_sessions set {column} = ?", [when])  # noqa: S608
    db.conn.commit()
    db.close()


def test_idle_30_minutes_signs_out_with_a_danish_reason(env):
    anna = signed_in(env)
    _age(env, seen=timedelta(minutes=31))
    response = anna.get("/staff/")
    assert response.status_code == 302
    page = anna.get(response.headers["Location"]).get_data(as_text=True)
    assert "ikke har været aktiv i 30 minutter" in page


def test_eight_hours_end_a_session_however_active(env):
    anna = signed_in(env)
    _age(env, created=timedelta(hours=8, minutes=1))
    response = anna.get("/staff/")
    assert response.status_code == 302
    assert "logget ind i 8 timer" in anna.get(response.headers["Location"]).get_data(as_text=True)


def test_admin_sees_and_ends_active_sessions(env):
    anna = signed_in(env)
    boss = signed_in(env, "boss", ADMIN_PASSWORD)
    page = boss.get("/staff/sessioner").get_data(as_text=True)
    assert "anna" in page and "boss (dig)" in page
    db = db_at(env["path"])
    rows = staff_sessions.list_active(db)
    db.close()
    anna_session = next(r["id"] for r in rows if r["username"] == "anna")
    ended = post(boss, f"/staff/sessioner/{anna_session}/afslut", token_from="/staff/sessioner")
    assert ended.status_code == 302
    assert refused(anna)
    again = post(boss, f"/staff/sessioner/{anna_session}/afslut", token_from="/staff/sessioner")
    assert again.status_code == 404
    assert signed_in(env).get("/staff/sessioner").status_code == 403
