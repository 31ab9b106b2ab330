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
    ("GET", "/staff/totp", 200, 200),
    ("POST", "/staff/totp/start", 302, 302),
    ("POST", "/staff/totp/bekraeft", 400, 400),
    ("POST", "/staff/totp/fra", 400, 400),
    ("POST", "/staff/brugere/{u}/totp", 403, 302),
    ("GET", "/staff/invitationer", 200, 200),
    ("POST", "/staff/invitationer/{l}/luk", 404, 404),
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
    path = path.format(
        d=world["draft"].draft_id, u=world["carl"].id, s=999999, l="nosuchlink", r="nosuchsession"
    )
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
            .replace("{l}", "<link_id>")
            .replace("{r}", "<session_id>"),
        )
        for m, p, _, _ in MATRIX
    }
    covered |= {("GET", LOGIN), ("POST", LOGIN), ("POST", "/staff/logout")}
    # the code step after a right password: public like the sign-in page (tests/test_totp_web.py)
    covered |= {("GET", "/staff/login/kode"), ("POST", "/staff/login/kode")}
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


# ---- need-to-know: a draft of another team --------------------------------------------------

OTHER_TEAM = "Nord"
ACTIONS = ("approve", "return", "archive", "take")


def draft_urls(app, draft_id):
    """(method, path) of every route of the whole app whose URL holds a draft id."""
    for rule in app.url_map.iter_rules():
        if "draft_id" not in rule.arguments:
            continue
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            path = rule.rule.replace("<draft_id>", draft_id)
            if "<any(" in path:
                for action in ACTIONS:
                    yield method, re.sub(r"<any\([^>]+>", action, path)
            else:
                assert "<" not in path, f"a draft route with another argument: {rule.rule}"
                yield method, path


@pytest.fixture(scope="module")
def other_team(world):
    """A staff member and an administrator of team Nord, signed in."""
    from assistant.storage.identities import set_team  # noqa: PLC0415

    db = db_at(world["path"])
    users = [
        accounts.create_user(db, "bent", "bent-hest-batteri"),
        accounts.create_user(db, "nora", "nora-hest-batteri", role="admin"),
    ]
    for user in users:
        set_team(db, user.id, OTHER_TEAM)
    db.close()
    clients = {}
    for name in ("bent", "nora"):
        client = world["app"].test_client()
        assert login(client, name, f"{name}-hest-batteri").status_code == 302
        clients[name] = client
    return clients


@pytest.mark.parametrize("who", ["bent", "nora"])
def test_every_draft_route_answers_403_to_another_team(world, other_team, who):
    client, draft = other_team[who], world["draft"]
    urls = list(draft_urls(world["app"], draft.draft_id))
    assert len(urls) >= 15  # draft, edit, statuses, case, CPR, assign, print, exports, follow-up
    for method, url in urls:
        if method == "GET":
            resp = client.get(url)
        else:
            resp = client.post(url, data={"csrf_token": csrf(client, "/staff/adgangskode")})
        body = resp.get_data(as_text=True)
        assert resp.status_code == 403, f"{method} {url}: {resp.status_code}"
        assert "Borgeren hører til et andet team" in body, url
        assert "besøge min veninde" not in body and draft.receipt_code not in body, url


def test_cross_team_attempts_change_nothing_and_are_audited(world, other_team):
    client, draft = other_team["bent"], world["draft"]
    token = csrf(client, "/staff/adgangskode")
    resp = client.post(
        f"/staff/draft/{draft.draft_id}/approve", data={"csrf_token": token, "version": "1"}
    )
    assert resp.status_code == 403
    db = db_at(world["path"])
    assert db["drafts"].get(draft.draft_id)["status"] == "new"
    denied = list(db.query("select * from audit_log where user = 'bent' and action = 'denied'"))
    assert any(row["draft_id"] == draft.draft_id for row in denied)
    db.close()


def test_lists_and_search_show_only_the_own_teams_drafts(world, other_team):
    draft = world["draft"]
    for url in ("/staff/", f"/staff/?q={draft.receipt_code}", "/staff/?q=veninde", "/staff/mine"):
        body = other_team["bent"].get(url).get_data(as_text=True)
        # (the search box echoes the typed code; the draft itself must not be listed)
        assert draft.draft_id not in body and "besøge min veninde" not in body, url
    own = world["clients"][STAFF].get(f"/staff/?q={draft.receipt_code}").get_data(as_text=True)
    assert draft.draft_id in own


def test_a_draft_is_assigned_only_to_staff_of_its_team(world, other_team):
    client, draft = world["clients"][STAFF], world["draft"]
    page = client.get(f"/staff/draft/{draft.draft_id}").get_data(as_text=True)
    assert '<option value="boss"' in page and '<option value="bent"' not in page
    token = csrf(client, "/staff/adgangskode")
    url = f"/staff/draft/{draft.draft_id}/tildel"
    assert client.post(url, data={"csrf_token": token, "assignee": "bent"}).status_code == 400
    assert client.post(url, data={"csrf_token": token, "assignee": "boss"}).status_code == 302
