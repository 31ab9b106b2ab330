"""Authorization matrix: every staff route x (anonymous, citizen, staff, admin) -> status."""

from __future__ import annotations

import re

import pytest
from staff_support import ADMIN_PASSWORD, add_users, csrf, db_at, login, make_app, make_draft

from assistant import accounts

ANON, CITIZEN, STAFF, ADMIN = "anonymous", "citizen", "staff", "admin"
LOGIN = "/staff/login"

# (method, path, expected status for staff, expected status for admin); anonymous and citizen
# visitors always get a redirect to the sign-in page.  {d} is a real draft id.
MATRIX = [
    ("GET", "/staff/", 200, 200),
    ("GET", "/staff/adgangskode", 200, 200),
    ("GET", "/staff/invitation", 200, 200),
    ("POST", "/staff/invitation", 400, 400),
    ("POST", "/staff/adgangskode", 400, 400),
    ("GET", "/staff/draft/{d}", 200, 200),
    ("GET", "/staff/draft/{d}/rediger", 200, 200),
    ("POST", "/staff/draft/{d}/rediger", 400, 400),
    ("POST", "/staff/draft/{d}/approve", 400, 400),
    ("POST", "/staff/draft/{d}/return", 400, 400),
    ("POST", "/staff/draft/{d}/archive", 400, 400),
    ("POST", "/staff/draft/{d}/take", 400, 400),
    ("GET", "/staff/draft/nosuchdraft", 404, 404),
    ("POST", "/staff/draft/{d}/sag", 400, 400),
    ("POST", "/staff/draft/{d}/cpr", 404, 404),
    ("POST", "/staff/draft/{d}/tildel", 400, 400),
    ("GET", "/staff/mine", 200, 200),
    ("GET", "/staff/draft/{d}/udskriv", 200, 200),
    ("GET", "/staff/revision", 403, 200),
    ("GET", "/staff/brugere", 403, 200),
    ("POST", "/staff/brugere", 403, 400),
    ("GET", "/staff/gdpr", 403, 200),
    ("POST", "/staff/brugere/{u}/nulstil", 403, 200),
    ("POST", "/staff/brugere/{u}/aktiv", 403, 302),
    ("POST", "/staff/gdpr/eksport", 403, 404),
    ("POST", "/staff/gdpr/slet", 403, 400),
    ("GET", "/staff/sessioner", 403, 200),
    ("POST", "/staff/sessioner/{s}/afslut", 403, 404),
    ("GET", "/staff/kiosk", 200, 200),
    ("GET", "/staff/ikke-accepteret", 200, 200),
    ("GET", "/staff/ikke-accepteret/{r}", 404, 404),
    ("POST", "/staff/kiosk", 400, 400),
]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    path = tmp_path_factory.mktemp("authz") / "authz.db"
    db = db_at(path)
    add_users(db)
    carl = accounts.create_user(db, "carl", "carl-hest-batteri")
    draft = make_draft(db)
    db.close()
    app = make_app(path)
    clients = {}
    for role in (ANON, CITIZEN, STAFF, ADMIN):
        client = app.test_client()
        if role == CITIZEN:
            token = csrf(client, "/")
            assert client.post("/start", data={"csrf_token": token}).status_code in (302, 303)
            with client.session_transaction() as sess:
                assert sess.get("sid")  # a real citizen dialogue session
        elif role == STAFF:
            assert login(client).status_code == 302
        elif role == ADMIN:
            assert login(client, "boss", ADMIN_PASSWORD).status_code == 302
        clients[role] = client
    return {"app": app, "clients": clients, "draft": draft, "path": path, "carl": carl}


def request(world, role, method, path):
    client = world["clients"][role]
    path = path.format(d=world["draft"].draft_id, u=world["carl"].id, s=999999, r="nosuchsession")
    if method == "GET":
        return client.get(path)
    # a valid CSRF token for this client, but otherwise empty form data: tests authorization,
    # not the form (bad forms give 400 to those allowed in).
    token = csrf(client, "/staff/login" if role in (ANON, CITIZEN) else "/staff/adgangskode")
    return client.post(path, data={"csrf_token": token})


@pytest.mark.parametrize(
    ("method", "path", "staff", "admin"), MATRIX, ids=[f"{m} {p}" for m, p, _, _ in MATRIX]
)
@pytest.mark.parametrize("role", [ANON, CITIZEN, STAFF, ADMIN])
def test_matrix(world, role, method, path, staff, admin):
    resp = request(world, role, method, path)
    if role in (ANON, CITIZEN):
        assert resp.status_code == 302
        assert resp.headers["Location"].startswith(LOGIN)
    else:
        assert resp.status_code == (staff if role == STAFF else admin), resp.get_data(as_text=True)


def test_matrix_covers_every_staff_route_of_this_module(world):
    rules = {
        (method, rule.rule)
        for rule in world["app"].url_map.iter_rules()
        if rule.endpoint.startswith("staff.") and rule.endpoint != "staff.static"
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    covered = {
        (
            m,
            re.sub(r"/draft/[^/]+", "/draft/<draft_id>", p)
            .replace("{u}", "<int:user_id>")
            .replace("{s}", "<int:session_id>")
            .replace("{r}", "<session_id>"),
        )
        for m, p, _, _ in MATRIX
    }
    covered |= {("GET", LOGIN), ("POST", LOGIN), ("POST", "/staff/logout")}
    # single sign-on start and return: public like the sign-in page (tests/test_oidc.py)
    covered |= {("GET", "/staff/oidc/login"), ("GET", "/staff/oidc/callback")}
    actions = "<any(approve, return, archive, take):action>"
    normal = {
        (m, r.replace(actions, action))
        for m, r in rules
        for action in ("approve", "return", "archive", "take")
    }
    assert {r for r in normal if r not in covered} == set()


def every_staff_url(app, draft_id):
    """Every GET URL under /staff of the whole app (other blueprints too), with a real draft."""
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/staff") or "GET" not in rule.methods:
            continue
        if rule.rule == LOGIN:
            continue
        path = rule.rule.replace("<draft_id>", draft_id)
        path = re.sub(r"<[^>]+>", "x", path)
        yield path


@pytest.mark.parametrize("role", [ANON, CITIZEN])
def test_no_citizen_or_visitor_reaches_any_staff_page_or_draft_data(world, role):
    client = world["clients"][role]
    draft = world["draft"]
    urls = list(every_staff_url(world["app"], draft.draft_id))
    assert len(urls) >= 8
    for url in urls:
        resp = client.get(url)
        assert resp.status_code in (302, 401, 403, 404), url
        body = resp.get_data(as_text=True)
        assert draft.receipt_code not in body and "besøge min veninde" not in body, url


def test_citizen_pages_never_show_another_citizens_draft(world):
    client = world["app"].test_client()
    csrf(client, "/")
    with client.session_transaction() as sess:
        sess["sid"] = world["draft"].receipt_code  # guessing someone's code as a session id
    resp = client.get("/samtale")
    assert resp.status_code == 404
    assert "besøge min veninde" not in resp.get_data(as_text=True)


def test_a_citizen_session_cannot_become_staff_by_sending_staff_keys_unsigned(world):
    client = world["app"].test_client()
    client.set_cookie("hverdagsmaal", "eyJzdGFmZl91aWQiOjF9.fake.signature", domain="localhost")
    resp = client.get("/staff/")
    assert resp.status_code == 302 and resp.headers["Location"].startswith(LOGIN)
