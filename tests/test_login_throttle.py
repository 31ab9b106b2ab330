"""Sign-in throttling behind a reverse proxy: one address's wrong passwords slow only itself."""

from __future__ import annotations

import pytest
from staff_support import PASSWORD, add_users, db_at, make_app

from assistant import accounts
from assistant.web.proxy import trust_proxies

PROXY = "10.0.0.1"  # every request reaches the app from the proxy's address


@pytest.fixture(params=[0, 1], ids=["no-proxy-trusted", "one-proxy-trusted"])
def app(request, tmp_path):
    path = tmp_path / "proxy.db"
    db = db_at(path)
    add_users(db)
    db.close()
    return trust_proxies(make_app(path, WTF_CSRF_ENABLED=False), request.param)


def sign_in(app, client_address: str, username: str, password: str) -> int:
    response = app.test_client().post(
        "/staff/login",
        data={"username": username, "password": password},
        environ_base={"REMOTE_ADDR": PROXY},
        headers={"X-Forwarded-For": client_address},
    )
    return response.status_code


def test_one_addresses_wrong_passwords_do_not_lock_out_others_behind_the_proxy(app):
    for i in range(accounts.FREE_PER_ADDRESS + 3):
        assert sign_in(app, "203.0.113.66", f"guess{i}", "forkert") in (401, 429)
    assert sign_in(app, "203.0.113.66", "anna", PASSWORD) == 429  # the guesser waits
    colleague = sign_in(app, "198.51.100.5", "anna", PASSWORD)
    if app.config["TRUSTED_PROXIES"]:
        assert colleague == 302  # a colleague elsewhere signs in at once
    else:
        assert colleague == 429  # without --trusted-proxies everyone shares the proxy's address
