"""Security of the web app through real HTTP semantics: headers, cookies, CSRF, errors, links."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from citizen_support import Citizen, hidden_fields, make_app
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant import cli
from assistant.errors import NotFound
from assistant.storage import open_db
from assistant.storage.links import create_link, hash_token, resolve_link
from assistant.web import CSP


def _assert_headers(response):
    assert response.headers["Content-Security-Policy"] == CSP
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize(
    "url", ["/", "/kiosk", "/om", "/fortsaet", "/static/css/citizen.css", "/favicon.ico", "/nope"]
)
def test_security_headers_on_every_response(client, url):
    response = client.get(url)
    response.close()
    _assert_headers(response)
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


@pytest.mark.parametrize("url", ["/", "/kiosk", "/fortsaet", "/om"])
def test_html_pages_are_not_cached(client, url):
    assert client.get(url).headers["Cache-Control"] == "no-store"


def test_pages_have_no_inline_script_or_style(client):
    for url in ("/", "/kiosk", "/om", "/fortsaet", "/nope"):
        page = client.get(url).get_data(as_text=True)
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), url
        assert "<style" not in page and " style=" not in page, url
        assert re.search(r" on[a-z]+=", page) is None, url


def test_session_cookie_is_secure_httponly_lax(tmp_path):
    app = make_app(tmp_path, SECURE_COOKIES=True)
    response = app.test_client().get("/kiosk", base_url="https://localhost")
    cookie = response.headers["Set-Cookie"]
    assert "Secure" in cookie
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def test_secure_cookies_are_the_default_outside_tests(tmp_path):
    app = make_app(tmp_path, TESTING=False, SECURE_COOKIES=True)
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert make_app(tmp_path / "b").config["SESSION_COOKIE_SECURE"] is False


def test_secret_key_is_generated_once_and_kept(tmp_path):
    first = make_app(tmp_path, SECRET_KEY=None)
    second = make_app(tmp_path, SECRET_KEY=None)
    key_file = Path(first.instance_path) / "secret_key"
    assert key_file.is_file()
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    assert len(first.config["SECRET_KEY"]) >= 64
    assert first.config["SECRET_KEY"] == second.config["SECRET_KEY"]


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/start", {"action": "start"}),
        ("/kiosk/start", {"action": "start"}),
        ("/samtale", {"text": "hej", "action": "send"}),
        ("/fortsaet", {"code": "ABCDEF"}),
        ("/kiosk/udloeb", {}),
    ],
)
def test_posts_without_csrf_token_are_refused_in_danish(client, url, data):
    client.get("/")
    response = client.post(url, data=data)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Siden er udløbet" in page
    _assert_headers(response)


def test_csrf_token_of_another_browser_is_refused(app):
    first, second = Citizen(app.test_client()), Citizen(app.test_client())
    first.get("/")
    second.get("/")
    token = hidden_fields(first.page)["csrf_token"]
    response = second.client.post("/start", data={"csrf_token": token, "action": "start"})
    assert response.status_code == 400


@pytest.mark.parametrize(
    "url", ["/nope", "/samtale", "/l/not-a-real-token", "/piktogram/1F47D.svg"]
)
def test_not_found_pages_are_friendly_danish(client, url):
    response = client.get(url)
    assert response.status_code == 404
    page = response.get_data(as_text=True)
    assert 'lang="da"' in page
    assert "Traceback" not in page


def test_method_not_allowed_is_danish(client):
    response = client.delete("/")
    assert response.status_code == 405
    assert "Det kan man ikke gøre her." in response.get_data(as_text=True)


def test_api_errors_are_json(client):
    response = client.get("/api/nothing-here")
    assert response.status_code == 404
    assert response.is_json
    assert response.get_json()["error"] == 404


def test_body_over_the_limit_is_refused_with_413(tmp_path):
    client = make_app(tmp_path, MAX_CONTENT_LENGTH=100_000).test_client()
    citizen = Citizen(client)
    citizen.get("/fortsaet")
    response = client.post(
        "/fortsaet",
        data={"csrf_token": hidden_fields(citizen.page)["csrf_token"], "code": "x" * 200_000},
    )
    assert response.status_code == 413
    assert "for langt" in response.get_data(as_text=True)


def test_long_code_is_a_danish_400_and_a_huge_one_a_413(client):
    citizen = Citizen(client)
    citizen.get("/fortsaet")
    response = citizen.post("/fortsaet", {"code": "<b>x</b>" * 500})
    assert response.status_code == 400
    assert "Vi kan ikke finde den kode" in citizen.page
    assert "<b>x</b>" not in citizen.page
    citizen.get("/fortsaet")
    response = citizen.post("/fortsaet", {"code": "<b>x</b>" * 20_000})
    assert response.status_code == 413  # over the answer routes' few kB, before parsing
    assert "for langt" in citizen.page and "<b>x</b>" not in citizen.page


def test_pictogram_route_serves_only_content_code_points(app, client):
    used = sorted(app.extensions["hverdagsmaal"]["pictograms"])
    assert used, "content names no pictograms"
    with client.get(f"/piktogram/{used[0]}.svg") as response:
        assert response.status_code == 200
        assert response.mimetype == "image/svg+xml"
        assert "max-age" in response.headers["Cache-Control"]
        assert b"<svg" in response.get_data()
    assert client.get("/piktogram/..%2F..%2Fsecret.svg").status_code == 404
    unused = "1F47D"  # an alien: no activity or card uses it
    assert unused not in used
    assert client.get(f"/piktogram/{unused}.svg").status_code == 404


def test_about_page_carries_openmoji_attribution(client):
    page = client.get("/om").get_data(as_text=True)
    assert "OpenMoji" in page
    assert "CC BY-SA 4.0" in page


# --- personal links -----------------------------------------------------------------------


def test_link_tokens_are_long_random_and_stored_only_as_hash(tmp_path):
    db = open_db(tmp_path / "links.db")
    token, link = create_link(db, days=30, citizen_name="Inger")
    other, _ = create_link(db, days=30)
    assert token != other
    assert len(token) >= 32  # 24 random bytes, URL-safe base64
    rows = list(db["links"].rows)
    assert all(token not in str(row) for row in rows)
    assert rows[0]["token_hash"] == hash_token(token)
    assert resolve_link(db, token).citizen_name == "Inger"
    assert link.expires_at > link.created_at


def test_expired_and_unknown_links_are_not_found(tmp_path):
    db = open_db(tmp_path / "links.db")
    past = datetime.now(UTC) - timedelta(days=40)
    token, _ = create_link(db, days=30, now=past)
    with pytest.raises(NotFound):
        resolve_link(db, token)
    with pytest.raises(NotFound):
        resolve_link(db, "x" * 500)
    with pytest.raises(NotFound):
        resolve_link(db, "")


def test_invite_command_prints_a_working_personal_link(tmp_path, capsys):
    app = make_app(tmp_path)
    code = cli.main(["invite", "--name", "Inger", "--db", app.config["DATABASE"]])
    assert code == 0
    url = capsys.readouterr().out.strip().splitlines()[-1]
    assert url.startswith("http://127.0.0.1:8000/l/")
    path = url.split("8000", 1)[1]
    response = app.test_client().get(path)
    assert response.status_code == 200
    assert "Hej Inger." in response.get_data(as_text=True)


def test_invite_command_rejects_bad_options(tmp_path, capsys):
    db = str(tmp_path / "x.db")
    assert cli.main(["invite", "--days", "0", "--db", db]) == 2
    assert cli.main(["invite", "--name", "x" * 300, "--db", db]) == 2
    assert "error" in capsys.readouterr().err


def test_expired_link_page_is_a_friendly_410(tmp_path):
    app = make_app(tmp_path)
    db = open_db(app.config["DATABASE"])
    token, _ = create_link(db, days=30, now=datetime.now(UTC) - timedelta(days=31))
    response = app.test_client().get(f"/l/{token}")
    assert response.status_code == 410
    assert "Linket er for gammelt" in response.get_data(as_text=True)


def test_unexpected_errors_are_a_danish_500_page(tmp_path):
    app = make_app(tmp_path)
    app.config["PROPAGATE_EXCEPTIONS"] = False

    def boom():
        raise RuntimeError("bug")

    app.add_url_rule("/boom", view_func=boom)
    response = app.test_client().get("/boom")
    assert response.status_code == 500
    page = response.get_data(as_text=True)
    assert "Der skete en fejl hos os" in page and "RuntimeError" not in page
    _assert_headers(response)


def test_uncaught_storage_errors_get_their_status(tmp_path):
    from assistant.errors import Conflict, StorageError
    from assistant.errors import NotFound as StoredNotFound

    app = make_app(tmp_path)
    for path, error in (("/a", StoredNotFound), ("/b", Conflict), ("/c", StorageError)):

        def view(error=error):
            raise error("x")

        app.add_url_rule(path, endpoint=path, view_func=view)
    client = app.test_client()
    assert client.get("/a").status_code == 404
    assert client.get("/b").status_code == 409
    response = client.get("/c")
    assert response.status_code == 503
    assert "Prøv igen om lidt" in response.get_data(as_text=True)


_FIELD_TEXT = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        ["", "ja", "borger", "send", "back", "pause", "../../etc", "<script>", "0" * 20]
    ),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    form=st.dictionaries(
        st.sampled_from(["card", "text", "action", "v", "seq", "input_kind", "code", "pictures"]),
        _FIELD_TEXT,
        max_size=6,
    ),
    url=st.sampled_from(["/samtale", "/start", "/kiosk/start", "/fortsaet", "/kiosk/udloeb"]),
    keep_version=st.booleans(),
)
def test_random_forms_never_cause_a_server_error(form, url, keep_version, citizen):
    citizen.start()
    fields = hidden_fields(citizen.page)
    if keep_version:
        form = {**{k: v for k, v in fields.items() if k in ("v", "seq")}, **form}
    form["csrf_token"] = fields["csrf_token"]
    response = citizen.client.post(url, data=form)
    assert response.status_code < 500
    text = response.get_data(as_text=True)
    assert "Traceback" not in text
    if response.status_code >= 400:
        assert 'lang="da"' in text


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(path=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=80))
def test_random_paths_never_cause_a_server_error(client, path):
    # As a browser sends it: percent-encoded, and never "//host" (the test client would read
    # that as another host and fail before the app sees the request).
    path = path.replace("?", "").replace("#", "").lstrip("/")
    response = client.get("/" + quote(path, safe="/"))
    response.close()
    assert response.status_code < 500


def _key_after(barrier, folder, keys):
    from assistant.web import _persistent_secret  # noqa: PLC0415

    barrier.wait()
    keys.put(_persistent_secret(folder))


def test_processes_starting_together_share_one_secret_key(tmp_path):
    # `serve --workers N` builds N apps at once on a fresh instance folder: a second key would
    # void every cookie signed by the other worker (the citizen's session lost mid-dialogue).
    import multiprocessing  # noqa: PLC0415

    context = multiprocessing.get_context("fork")
    for round_ in range(10):
        folder = tmp_path / f"instance{round_}"
        barrier, keys = context.Barrier(6), context.Queue()
        started = [
            context.Process(target=_key_after, args=(barrier, folder, keys)) for _ in range(6)
        ]
        for process in started:
            process.start()
        found = {keys.get(timeout=30) for _ in started}
        for process in started:
            process.join(timeout=30)
        assert len(found) == 1, f"round {round_}: {len(found)} different keys"
        assert (folder / "secret_key").read_text(encoding="utf-8") == found.pop()
        assert [p.name for p in folder.iterdir()] == ["secret_key"]
