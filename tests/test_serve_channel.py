"""waitress' loop under `assistant serve`: quiet while request threads send; big bodies whole."""

from __future__ import annotations

import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from citizen_support import make_app
from flask import Response
from http_support import stop_waitress
from waitress import wasyncore

from assistant.web.server import make_server

BIG_CHUNKS = 200  # 200 x 64 kB = 12.8 MB, far beyond a loopback socket's send buffer
CHUNK = b"x" * 65536


@pytest.fixture
def served(tmp_path, monkeypatch):
    """The app served by make_server on a loopback thread; its loop's rounds are counted."""
    rounds = [0]
    real_poll = wasyncore.poll2

    def counted(timeout=0.0, map=None):  # noqa: A002 (waitress' own parameter name)
        rounds[0] += 1
        return real_poll(timeout, map)

    monkeypatch.setattr(wasyncore, "poll2", counted)
    app = make_app(tmp_path)
    app.add_url_rule(
        "/big", "big", lambda: Response((CHUNK for _ in range(BIG_CHUNKS)), mimetype="text/plain")
    )
    app.add_url_rule("/slow", "slow", lambda: Response(_slow_body(), mimetype="text/plain"))
    server = make_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}", rounds
    stop_waitress(server, thread)


def _slow_body():
    """A body whose first part is ready at once and the rest only after a pause."""
    yield CHUNK * 64  # 4 MB: the socket takes part of it, the loop must send the rest
    time.sleep(1.5)
    yield b"end"


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (loopback)
        return response.read()


def test_the_loop_does_not_spin_while_request_threads_send_pages(served):
    base, rounds = served
    _get(base + "/")  # templates compiled, connections warm
    before = rounds[0]
    with ThreadPoolExecutor(8) as pool:
        pages = list(pool.map(_get, [base + "/"] * 120))
    assert all(b"<html" in page for page in pages)
    # About three rounds per request (accept, read, close); the loop that spun on a channel
    # whose request thread held its buffer went round dozens of times per page.
    assert rounds[0] - before < 6 * len(pages)


def test_a_body_bigger_than_the_socket_buffer_arrives_whole_and_soon(served):
    base, _rounds = served
    started = time.monotonic()
    with ThreadPoolExecutor(3) as pool:
        bodies = list(pool.map(_get, [base + "/big"] * 3))
    assert [len(body) for body in bodies] == [BIG_CHUNKS * len(CHUNK)] * 3
    # A body left in the buffer with the loop not woken would wait for the loop's 1 s poll
    # timeout per stall; here every stall is woken at once.
    assert time.monotonic() - started < 10


def test_what_the_socket_did_not_take_is_sent_while_the_request_thread_works_on(served):
    base, _rounds = served
    started = time.monotonic()
    with urllib.request.urlopen(base + "/slow", timeout=30) as response:  # noqa: S310
        first = response.read(len(CHUNK) * 64)
        first_at = time.monotonic() - started
        rest = response.read()
    assert len(first) == len(CHUNK) * 64
    assert rest == b"end"
    assert first_at < 1.0  # not held back until the request thread had finished (1.5 s)
