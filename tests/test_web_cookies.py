"""The session cookie's serializer kept per key set: the same cookie as Flask's, new keys obeyed."""

from __future__ import annotations

import pytest
from citizen_support import make_app
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import BadSignature


def test_cookies_of_flask_and_of_the_kept_serializer_open_each_other(tmp_path):
    app = make_app(tmp_path)
    kept = app.session_interface.get_signing_serializer(app)
    flasks = SecureCookieSessionInterface().get_signing_serializer(app)
    payload = {"sid": "abc", "csrf_token": "f" * 40, "read_all": True}
    assert kept.loads(flasks.dumps(payload)) == payload
    assert flasks.loads(kept.dumps(payload)) == payload
    assert app.session_interface.get_signing_serializer(app) is kept  # built once


def test_a_new_secret_key_gets_a_new_serializer_and_old_cookies_need_the_fallback(tmp_path):
    app = make_app(tmp_path)
    old_key = app.secret_key
    old_cookie = app.session_interface.get_signing_serializer(app).dumps({"sid": "abc"})
    app.secret_key = "another key, rotated"
    with pytest.raises(BadSignature):
        app.session_interface.get_signing_serializer(app).loads(old_cookie)
    app.config["SECRET_KEY_FALLBACKS"] = [old_key]
    assert app.session_interface.get_signing_serializer(app).loads(old_cookie) == {"sid": "abc"}


def test_a_citizen_keeps_the_session_across_requests(tmp_path):
    client = make_app(tmp_path).test_client()
    page = client.get("/").get_data(as_text=True)
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    response = client.post("/start", data={"csrf_token": token, "action": "start"})
    assert response.status_code == 303
    assert client.get("/samtale").status_code == 200
