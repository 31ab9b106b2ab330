"""Single sign-on end to end: the app against a real OpenID provider on a loopback port.

The provider is PyPI `oidc-provider-mock` (Authlib's authorization server) in a thread; the
browser's part is played by the Flask test client (the app) and real HTTP (the provider); the
app fetches metadata, keys and tokens from the provider over real HTTP.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from staff_support import add_users, csrf, db_at, login, make_app

from assistant.storage import staff_sessions

# The provider (a test tool) still uses Authlib's deprecated jose module and JWT config hook;
# those warnings come from its side only, never from the app's client.
PROVIDER_WARNINGS = ("authlib.jose module is deprecated", "get_jwt_config")

pytestmark = [
    pytest.mark.filterwarnings(f"ignore:{text}:DeprecationWarning") for text in PROVIDER_WARNINGS
]


@dataclass(frozen=True)
class Person:
    """A user of the provider: its subject and claims (oidc_provider_mock.User's fields)."""

    sub: str
    claims: dict


HANNE = Person(
    sub="hanne-sub",
    claims={
        "preferred_username": "hanne@kommune.dk",
        "roles": ["hverdagsmaal.staff"],
        "team": "Hjemmeplejen Nord",
    },
)
BOSS = Person(sub="boss-sub", claims={"preferred_username": "leder@kommune.dk", "roles": "x"})


@pytest.fixture(scope="module")
def provider():
    """A real OIDC provider on a free loopback port that demands a nonce.

    The provider (Authlib, Flask-based) is imported here, on the worker that runs this module,
    not at collection by every xdist worker (about 0.8 s each)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=PROVIDER_WARNINGS[0])
        from oidc_provider_mock import User, run_server_in_thread  # noqa: PLC0415

    saved = os.environ.get("AUTHLIB_INSECURE_TRANSPORT")
    os.environ["AUTHLIB_INSECURE_TRANSPORT"] = "1"  # plain http on loopback, tests only
    users = [User(sub=p.sub, claims=p.claims) for p in (HANNE, BOSS)]
    with run_server_in_thread(require_nonce=True, user_claims=users) as server:
        yield f"http://localhost:{server.server_port}"
    if saved is None:
        os.environ.pop("AUTHLIB_INSECURE_TRANSPORT", None)
    else:
        os.environ["AUTHLIB_INSECURE_TRANSPORT"] = saved


@pytest.fixture
def sso_app(tmp_path, provider):
    db = db_at(tmp_path / "sso.db")
    add_users(db)
    db.close()
    return make_app(
        tmp_path / "sso.db",
        OIDC_ISSUER=provider,
        OIDC_CLIENT_ID="hverdagsmaal",
        OIDC_CLIENT_SECRET="client-secret",
    )


def set_claims(provider: str, user: Person, **claims) -> None:
    """Change what the provider says about a user (its admin API)."""
    resp = requests.put(f"{provider}/users/{user.sub}", json={**user.claims, **claims}, timeout=10)
    assert resp.status_code == 204


def start(client, next_path: str = "/staff/") -> str:
    """Begin the sign-in at the app; return the provider's authorization URL."""
    resp = client.get(f"/staff/oidc/login?next={next_path}")
    assert resp.status_code == 302
    return resp.headers["Location"]


def consent(authorize_url: str, sub: str) -> str:
    """Sign in at the provider as `sub`; return where it sends the browser back to."""
    resp = requests.post(authorize_url, data={"sub": sub}, allow_redirects=False, timeout=10)
    assert resp.status_code == 302, resp.text
    return resp.headers["Location"]


def sign_in(client, sub: str, next_path: str = "/staff/"):
    """The whole round trip; return the app's answer to the callback."""
    back = urlsplit(consent(start(client, next_path), sub))
    return client.get(f"{back.path}?{back.query}")


def user_row(app, username: str) -> dict:
    db = db_at(app.config["DATABASE"])
    try:
        return dict(next(db.query("select * from users where username = ?", [username])))
    finally:
        db.close()


def test_authorization_request_uses_code_flow_with_pkce_state_and_nonce(sso_app, provider):
    url = start(sso_app.test_client())
    assert url.startswith(f"{provider}/oauth2/authorize")
    query = parse_qs(urlsplit(url).query)
    assert query["response_type"] == ["code"]
    assert query["code_challenge_method"] == ["S256"]
    assert len(query["code_challenge"][0]) >= 43
    assert query["state"][0] and query["nonce"][0]
    assert set(query["scope"][0].split()) >= {"openid", "profile"}
    assert query["redirect_uri"] == ["http://localhost/staff/oidc/callback"]


def test_sign_in_creates_user_with_role_and_team_and_opens_the_queue(sso_app):
    client = sso_app.test_client()
    resp = sign_in(client, HANNE.sub, "/staff/kiosk")
    assert resp.status_code == 302 and resp.headers["Location"] == "/staff/kiosk"
    assert client.get("/staff/").status_code == 200
    row = user_row(sso_app, "hanne-kommune.dk")
    assert (row["role"], row["team"], row["password_hash"]) == (
        "staff",
        "Hjemmeplejen Nord",
        "!sso",
    )
    assert row["oidc_subject"].endswith(" hanne-sub")
    # the single sign-on user has no password: the local form refuses every guess
    assert login(sso_app.test_client(), "hanne-kommune.dk", "!sso").status_code == 401


def test_roles_and_team_are_mapped_again_on_every_sign_in(sso_app, provider):
    first = sso_app.test_client()
    assert sign_in(first, HANNE.sub).status_code == 302
    assert first.get("/staff/brugere").status_code == 403
    set_claims(provider, HANNE, roles=["hverdagsmaal.admin"], team="Træning Syd")
    try:
        second = sso_app.test_client()
        assert sign_in(second, HANNE.sub).status_code == 302
        assert second.get("/staff/brugere").status_code == 200
        row = user_row(sso_app, "hanne-kommune.dk")
        assert (row["role"], row["team"]) == ("admin", "Træning Syd")
        # the role changed: the session started with the old role is over
        assert first.get("/staff/").status_code == 302
    finally:
        set_claims(provider, HANNE)


def test_no_mapped_role_means_no_access_and_no_user(sso_app):
    client = sso_app.test_client()
    resp = sign_in(client, BOSS.sub)
    assert resp.status_code == 403
    assert "ikke adgang" in resp.get_data(as_text=True)
    assert client.get("/staff/").status_code == 302
    db = db_at(sso_app.config["DATABASE"])
    assert not list(db.query("select 1 from users where oidc_subject is not null"))
    db.close()


def test_a_forged_state_is_refused(sso_app):
    client = sso_app.test_client()
    back = urlsplit(consent(start(client), HANNE.sub))
    query = parse_qs(back.query)
    resp = client.get(f"{back.path}?code={query['code'][0]}&state=forged")
    assert resp.status_code == 400
    assert client.get("/staff/").status_code == 302


def test_a_callback_from_another_browser_is_refused(sso_app):
    """The state, nonce and PKCE verifier live in the browser that started the sign-in."""
    back = urlsplit(consent(start(sso_app.test_client()), HANNE.sub))
    thief = sso_app.test_client()
    assert thief.get(f"{back.path}?{back.query}").status_code == 400
    assert thief.get("/staff/").status_code == 302


def test_cancel_at_the_provider_is_a_kind_refusal(sso_app):
    client = sso_app.test_client()
    authorize = start(client)
    resp = requests.post(authorize, data={"action": "deny"}, allow_redirects=False, timeout=10)
    back = urlsplit(resp.headers["Location"])
    assert parse_qs(back.query)["error"] == ["access_denied"]
    answer = client.get(f"{back.path}?{back.query}")
    assert answer.status_code == 401
    assert client.get("/staff/").status_code == 302


def test_sign_out_ends_the_local_session_and_the_providers(sso_app, provider):
    client = sso_app.test_client()
    assert sign_in(client, HANNE.sub).status_code == 302
    with client.session_transaction() as sess:
        token = sess["staff_session"]
    resp = client.post("/staff/logout", data={"csrf_token": csrf(client, "/staff/")})
    assert resp.status_code == 302
    location = resp.headers["Location"]
    assert location.startswith(f"{provider}/oauth2/end_session?")
    query = parse_qs(urlsplit(location).query)
    assert query["post_logout_redirect_uri"] == ["http://localhost/staff/login"]
    assert query["id_token_hint"][0].count(".") == 2
    assert requests.get(location, timeout=10).status_code == 200  # the provider's sign-out page
    # the local session is over, also for a copy of the cookie
    assert client.get("/staff/").status_code == 302
    db = db_at(sso_app.config["DATABASE"])
    assert staff_sessions.resume(db, token) == (None, "ended")
    db.close()


def test_local_sign_out_stays_local(sso_app):
    client = sso_app.test_client()
    assert login(client).status_code == 302
    resp = client.post("/staff/logout", data={"csrf_token": csrf(client, "/staff/")})
    assert resp.headers["Location"] == "/staff/login"


def test_login_page_offers_both_ways_only_when_configured(sso_app, tmp_path):
    page = sso_app.test_client().get("/staff/login").get_data(as_text=True)
    assert "data-sso" in page and 'name="password"' in page
    plain = make_app(tmp_path / "plain.db")
    body = plain.test_client().get("/staff/login").get_data(as_text=True)
    assert "data-sso" not in body
    assert plain.test_client().get("/staff/oidc/login").status_code == 404


def test_an_http_issuer_off_loopback_is_refused(tmp_path):
    with pytest.raises(ValueError, match="https"):
        make_app(tmp_path / "x.db", OIDC_ISSUER="http://idp.example.org", OIDC_CLIENT_ID="x")
