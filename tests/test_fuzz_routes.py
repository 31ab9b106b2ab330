"""Hostile requests to every route: no 5xx but the documented 503, nothing stored on refusal.

A seeded generator (the same requests on every run; change SEED to explore) sends odd
methods, bodies, fields, encodings, cookies and audio uploads to every rule of the URL map,
as a stranger, as a citizen in a dialogue and as a signed-in staff member, through the Flask
test client; a handful go through real HTTP to the app served as `assistant serve` serves it.
"""

from __future__ import annotations

import io
import random
import re
import struct
import threading
from urllib.parse import quote

import pytest
from citizen_support import Citizen, hidden_fields, make_app
from exports_support import create_staff, login, store_draft
from http_support import raw_http, stop_waitress

from assistant.storage import open_db
from assistant.web.server import make_server

SEED = 12
REQUESTS = 560
HTTP_REQUESTS = 24
#: Tables a refused request may write to by design: failed code guesses and sign-ins are
#: counted (rate limits) and a refused sign-in is audited.
COUNTERS = {"code_attempts", "login_attempts", "audit_log"}
METHODS = ["GET", "POST", "POST", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]
FIELDS = [
    "card", "text", "action", "v", "seq", "input_kind", "code", "pictures", "read_all",
    "score", "comment", "version", "days", "name", "username", "password", "new_password",
    "sub_count", "sub_0_text", "sub_0_order", "goal_text", "message", "role", "next", "audio",
]  # fmt: skip
VALUES = [
    "", " ", "ja", "nej", "borger", "send", "back", "undo", "pause", "skip", "1", "2", "²",
    "١٢", "-1", "0x1f", "9" * 40, "1e9", "NaN", "\u200b", "\u200b\ufeff\u2060", "\x00",
    "\x1b[31m", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "%00",
    "æøå" * 300, "x" * 5000, "🙂" * 100, "\ud800".encode("utf-8", "surrogatepass").decode(
        "utf-8", "replace"
    ), "admin", "staff", "trapper", "{{7*7}}", "${jndi:x}",
]  # fmt: skip
PATH_VALUES = ["x", "..", "%2e%2e%2f", "ø", "\x00", "9" * 300, "1F600", "%ff", "a b", "-1"]


def _wav(seconds: float = 0.3, silent: bool = True) -> bytes:
    samples = int(16000 * seconds)
    data = (
        b"\x00\x00" * samples
        if silent
        else bytes(random.Random(1).randrange(256) for _ in range(samples * 2))
    )
    header = b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVEfmt "
    header += struct.pack("<IHHIIHH", 16, 1, 1, 16000, 32000, 2, 16) + b"data"
    return header + struct.pack("<I", len(data)) + data


AUDIO = [
    b"",
    b"\x00" * 10,
    b"RIFF\xff\xff\xff\xffWAVE",
    _wav(),
    b"\x1aE\xdf\xa3" + b"\x00" * 64,
    b"OggS" * 50,
]


def _counts(db_path: str) -> dict[str, int]:
    db = open_db(db_path, migrate=False)
    try:
        return {
            name: db.execute(f"SELECT COUNT(*) FROM [{name}]").fetchone()[0]  # noqa: S608
            for name in db.table_names()
            if name not in COUNTERS and not name.startswith("_")
        }
    finally:
        db.close()


class Fuzzer:
    """Makes hostile requests from a seeded random generator."""

    def __init__(self, app, rng: random.Random, draft_id: str, token: str):
        self.app, self.rng, self.draft_id, self.token = app, rng, draft_id, token
        self.rules = [r for r in app.url_map.iter_rules()]

    def url(self, rule) -> str:
        """Fill the rule's parameters with real or hostile values."""
        rng = self.rng

        def fill(match: re.Match) -> str:
            name = match.group(1).split(":")[-1]
            if name == "action":
                return rng.choice(["approve", "return", "archive"])
            if name in ("position", "user_id"):
                return rng.choice(["0", "1", "2", "999"])
            if name == "draft_id" and rule.endpoint != "exports.export_pdf" and rng.random() < 0.5:
                return self.draft_id
            return quote(rng.choice(PATH_VALUES), safe="%")

        path = re.sub(r"<([^>]+)>", fill, rule.rule)
        if rng.random() < 0.2:
            path += "?" + rng.choice(["a=1", "%ff=%fe", "code=" + "x" * 300, "udloebet=1&&&="])
        return path

    def body(self, token: str | None, form: dict) -> dict:
        """Return test-client keyword arguments of a hostile body (form, raw, upload, JSON)."""
        rng = self.rng
        kind = rng.choice(["form", "form", "form", "raw", "multipart", "json", "none", "big"])
        fields = {rng.choice(FIELDS): rng.choice(VALUES) for _ in range(rng.randrange(0, 6))}
        if rng.random() < 0.5:
            fields.update({k: v for k, v in form.items() if k in ("v", "seq")})
        if token and rng.random() < 0.7:
            fields["csrf_token"] = token
        elif rng.random() < 0.3:
            fields["csrf_token"] = rng.choice(["", "x" * 90, "\u200b"])
        if kind == "form":
            return {"data": fields}
        if kind == "raw":
            raw = rng.choice([b"%ff%fe=%c3%28", b"a=" + b"\xff" * 100, b"=&=&==", b"\x00" * 50])
            ctype = rng.choice(["application/x-www-form-urlencoded", "text/plain", "", "audio/wav"])
            return {"data": raw, "content_type": ctype}
        if kind == "multipart":
            name = rng.choice(["audio", "audio", "file", "text"])
            fields[name] = (
                io.BytesIO(rng.choice(AUDIO)),
                rng.choice(["a.wav", "x.webm", "", "../a"]),
            )
            return {"data": fields, "content_type": "multipart/form-data"}
        if kind == "json":
            return {"json": rng.choice([fields, [1, 2], "x", None])}
        if kind == "big":
            size = rng.choice([20_000, 70_000, 300_000])
            return {"data": {**fields, "text": "a" * size}}
        return {}

    def request(self, clients: dict) -> tuple[str, str, object]:
        """Send one hostile request; return (method, url, response)."""
        rng = self.rng
        rule = (
            self.rules[len(self.sent) % len(self.rules)]
            if rng.random() < 0.3
            else rng.choice(self.rules)
        )
        who = rng.choice(["stranger", "citizen", "staff"])
        client, token, form = clients[who]
        if who == "stranger":
            client.set_cookie("hverdagsmaal", rng.choice(["", "x", "e30.Zm9v.YmFy", "ø" * 10]))
        method = (
            rng.choice(sorted(rule.methods - {"OPTIONS"}))
            if rng.random() < 0.6
            else rng.choice(METHODS)
        )
        if rule.endpoint == "staff.logout":
            token = None  # stay signed in for the rest of the run
        url = self.url(rule)
        headers = {"Accept": rng.choice(["text/html", "application/json", "*/*", "x/y;q=abc"])}
        kwargs = (
            self.body(token, form) if method not in ("GET", "HEAD") or rng.random() < 0.1 else {}
        )
        self.sent.append(rule.endpoint)
        return method, url, client.open(url, method=method, headers=headers, **kwargs)


@pytest.fixture
def fuzz_app(tmp_path):
    app = make_app(tmp_path)
    create_staff(app)
    draft_id, _receipt = store_draft(app)
    return app, draft_id


def _clients(app) -> dict:
    citizen = Citizen(app.test_client())
    citizen.start()
    staff = app.test_client()
    assert login(staff).status_code == 302
    staff_page = staff.get("/staff/invitation").get_data(as_text=True)
    stranger = app.test_client()
    return {
        "stranger": (stranger, None, {}),
        "citizen": (
            citizen.client,
            hidden_fields(citizen.page)["csrf_token"],
            hidden_fields(citizen.page),
        ),
        "staff": (staff, hidden_fields(staff_page)["csrf_token"], {}),
    }


def _check(method, url, response, before, after) -> None:
    status = response.status_code
    where = f"{method} {url} → {status}"
    body = response.get_data(as_text=True)
    response.close()
    assert status < 500 or status == 503, where + "\n" + body[:600]
    assert "Traceback" not in body, where
    if status >= 400:
        assert after == before, f"{where} stored: " + str(
            {t: (before.get(t), n) for t, n in after.items() if before.get(t) != n}
        )


def test_hostile_requests_to_every_route_never_5xx_and_store_nothing_when_refused(fuzz_app):
    app, draft_id = fuzz_app
    app.config["SPEECH_MAX_WAITING"] = 1
    fuzzer = Fuzzer(app, random.Random(SEED), draft_id, token="")
    fuzzer.sent = []
    clients = _clients(app)
    db_path = app.config["DATABASE"]
    statuses: dict[int, int] = {}
    before = _counts(db_path)
    for number in range(REQUESTS):
        if number % 40 == 39:  # a new dialogue and a fresh sign-in now and then: deep paths too
            clients = _clients(app)
            before = _counts(db_path)
        method, url, response = fuzzer.request(clients)
        after = _counts(db_path)
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
        _check(method, url, response, before, after)
        before = after
    missed = {r.endpoint for r in fuzzer.rules} - set(fuzzer.sent)
    assert not missed, f"routes never tried: {missed}"
    refused = sum(n for code, n in statuses.items() if code >= 400)
    assert refused > REQUESTS // 2, statuses  # the run was hostile, not a happy path


def test_hostile_requests_over_real_http_never_5xx(fuzz_app):
    app, _draft_id = fuzz_app
    server = make_server(app, host="127.0.0.1", port=0, threads=2)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    rng = random.Random(SEED)
    rules = [r.rule for r in app.url_map.iter_rules()]
    before = _counts(app.config["DATABASE"])
    try:
        for _ in range(HTTP_REQUESTS):
            path = re.sub(r"<[^>]+>", "x", rng.choice(rules))
            method = rng.choice(["GET", "POST", "PUT", "BREW", "GET /../.."])
            body = rng.choice([b"", b"a=%ff&b=\xff\xfe", b"csrf_token=x&seq=%C2%B2", b"\x00" * 300])
            headers = rng.choice(
                [
                    b"Content-Type: application/x-www-form-urlencoded\r\n",
                    b"Cookie: hverdagsmaal=\xff\xfe; x=\r\n",
                    b"Transfer-Encoding: chunked\r\n",
                    b"Content-Length: -5\r\n",
                    b"Host: \xc3\xa6\r\n",
                ]
            )
            if b"chunked" in headers:  # framed, so the server never waits for more
                body = rng.choice([b"zz\r\n", b"3\r\na=1\r\n0\r\n\r\n", b"0\r\n\r\n"])
            length = (
                b""
                if b"Content-Length" in headers or b"chunked" in headers
                else (b"Content-Length: " + str(len(body)).encode() + b"\r\n")
            )
            raw = (
                method.encode()
                + b" "
                + path.encode()
                + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
            )
            answer = raw_http(
                port := server.effective_port,
                raw + headers + length + b"\r\n" + body,
                timeout=15,
            )
            status = int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/") else 0
            assert 0 < status < 500 or status == 503, (method, path, headers, answer[:300], port)
            if status >= 400:
                assert _counts(app.config["DATABASE"]) == before, (method, path, headers)
    finally:
        stop_waitress(server, thread)
