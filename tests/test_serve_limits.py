"""`assistant serve` under hostile connections: slow clients, malformed HTTP, floods."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import urllib.request

import pytest
from citizen_support import make_app
from http_support import raw_http, served_process, stop_waitress

from assistant.web.server import make_server


@pytest.fixture
def served(tmp_path):
    """The app served by make_server (as `assistant serve` does) on a loopback thread."""
    app = make_app(tmp_path)
    server = make_server(app, host="127.0.0.1", port=0, threads=2)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield app, server.effective_port
    stop_waitress(server, thread)


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n",
        b"POST /start HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"POST /start HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999999\r\n\r\n",
    ],
)
def test_malformed_http_gets_a_short_danish_answer(served, request_bytes):
    _app, port = served
    answer = raw_http(port, request_bytes).decode("utf-8")
    head, _, body = answer.partition("\r\n\r\n")
    assert head.startswith(("HTTP/1.1 400", "HTTP/1.1 413", "HTTP/1.0 400", "HTTP/1.0 413"))
    assert "Content-Language: da" in head
    assert "Noget gik galt" in body and "waitress" not in body
    assert len(body) < 300


def test_a_form_flood_over_http_is_413_and_stores_nothing(served):
    app, port = served
    flood = b"a=&" * 4_000_000  # 12 MB
    head = (
        b"POST /start HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\n"
        b"Content-Length: " + str(len(flood)).encode() + b"\r\n\r\n"
    )
    started = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        sock.sendall(head)
        with contextlib.suppress(OSError):  # the server may answer and close before the end
            sock.sendall(flood)
        answer = sock.recv(65536).decode("utf-8", "replace")
    assert answer.startswith("HTTP/1.1 413"), answer[:200]
    assert time.perf_counter() - started < 10
    from assistant.storage import open_db  # noqa: PLC0415

    db = open_db(app.config["DATABASE"], migrate=False)
    assert db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 0
    db.close()


@pytest.mark.slow
def test_slow_clients_do_not_lock_out_a_new_visitor(tmp_path):
    """More silent connections than the limit: they are closed after the channel timeout,
    and a new visitor is served within seconds (waitress' defaults: 100 and 120 s)."""
    slow = []
    args = ("--threads", "2", "--connection-limit", "4", "--channel-timeout", "1")
    with served_process(tmp_path, *args, "--cleanup-interval", "1") as (_proc, port):
        try:
            for _ in range(8):  # a slow-loris: half a request, then silence
                sock = socket.create_connection(("127.0.0.1", port), timeout=5)
                sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
                slow.append(sock)
            time.sleep(0.3)
            # Served once the silent ones are closed (after 1 s here, in two rounds of four,
            # the limit); with waitress' default 120 s channel timeout this visitor would wait
            # far beyond the 30 s the request allows.
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as response:
                assert response.status == 200
        finally:
            for sock in slow:
                sock.close()
