"""Every file route sends bytes, not an open file: a dropped request leaves no file open.

Flask's send_file hands the server an open file that only the server closes. werkzeug's
server skips the close when the client resets the connection (its cleanup reads the socket
first); a server stopped with an answer unsent never gets there either. The file was then
closed by the garbage collector, a ResourceWarning that failed a browser test at random.
"""

from __future__ import annotations

import gc
import socket
import struct
import threading
import warnings

import pytest
from citizen_support import make_app
from http_support import stop_waitress
from waitress.server import create_server
from werkzeug.serving import make_server

# SO_LINGER on, 0 s: close() sends a reset, as a browser does when it drops a request.
RESET_ON_CLOSE = struct.pack("ii", 1, 0)


@pytest.fixture(params=["werkzeug", "waitress"])
def served(request, tmp_path):
    """The app on a threaded server: werkzeug's (tests/test_browser_staff.py) or waitress."""
    font_dir = tmp_path / "fonts"
    font_dir.mkdir()
    (font_dir / "OpenSans-Regular.ttf").write_bytes(b"\0\1\0\0" + bytes(4096))
    app = make_app(tmp_path, FONT_DIR=str(font_dir))
    if request.param == "werkzeug":
        httpd = make_server("127.0.0.1", 0, app, threaded=True)
        # Shutdown waits for the loop's next poll: every 0.05 s, not werkzeug's 0.5 s.
        thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        yield app, httpd.server_port
        httpd.shutdown()
        thread.join(5)
    else:
        httpd = create_server(app, host="127.0.0.1", port=0, threads=2)
        thread = threading.Thread(target=httpd.run, daemon=True)
        thread.start()
        yield app, httpd.effective_port
        stop_waitress(httpd, thread, timeout=5)


def file_urls(app) -> list[str]:
    """One URL of each route that sends a file: static, favicon, pictogram, font."""
    pictogram = sorted(app.extensions["hverdagsmaal"]["pictograms"])[0]
    return ["/static/favicon.svg", "/favicon.ico", f"/piktogram/{pictogram}.svg",
            "/skrift/OpenSans-Regular.ttf"]  # fmt: skip


def drop(port: int, path: str, reads: int) -> None:
    """Send a GET, read `reads` bytes of the answer (0: none), then reset the connection."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=5)
    try:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode("ascii"))
        if reads:
            sock.recv(reads)
    finally:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, RESET_ON_CLOSE)
        sock.close()


def test_dropped_requests_for_files_leave_no_file_open(served):
    app, port = served
    client = app.test_client()
    gc.collect()
    threads = threading.active_count()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # a file closed by the collector warns, recorded here
        for url in file_urls(app):
            assert client.get(url).status_code == 200, url  # answered, never read nor closed
            for reads in (0, 1):
                drop(port, url, reads)
        for _ in range(50):  # let the server's threads finish with the dropped requests
            if threading.active_count() <= threads:
                break
            threading.Event().wait(0.05)
        gc.collect()
    unclosed = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    assert unclosed == []


def test_a_file_sent_from_bytes_still_answers_conditional_and_range_requests(tmp_path):
    app = make_app(tmp_path)
    client = app.test_client()
    first = client.get("/static/favicon.svg")
    assert first.status_code == 200 and first.headers["Content-Type"].startswith("image/svg+xml")
    assert first.headers["ETag"] and first.headers["Last-Modified"]
    assert int(first.headers["Content-Length"]) == len(first.data) > 0
    again = client.get("/static/favicon.svg", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""
    since = client.get(
        "/favicon.ico", headers={"If-Modified-Since": first.headers["Last-Modified"]}
    )
    assert since.status_code == 304
    part = client.get("/static/favicon.svg", headers={"Range": "bytes=0-9"})
    assert part.status_code == 206 and part.data == first.data[:10]
    assert client.get("/static/nowhere.svg").status_code == 404
    assert client.get("/static/../__init__.py").status_code == 404
