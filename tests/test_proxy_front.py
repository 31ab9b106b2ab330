"""The production front: waitress keeps a trusted proxy's headers; nginx in front, end to end."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading

import pytest
from citizen_support import make_app
from http_support import stop_waitress

from assistant import PROJECT_ROOT
from assistant.storage import open_db
from assistant.web.proxy import trust_proxies
from assistant.web.server import make_server

SCRIPT = PROJECT_ROOT / "scripts" / "nginx_check.sh"


@pytest.fixture(params=[0, 1], ids=["no-proxy-trusted", "one-proxy-trusted"])
def served(request, tmp_path):
    """The app behind make_server (as `assistant serve`), trusting 0 or 1 proxy hops."""
    app = trust_proxies(make_app(tmp_path, WTF_CSRF_ENABLED=False), request.param)
    server = make_server(app, host="127.0.0.1", port=0, threads=2)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield app, server.effective_port
    stop_waitress(server, thread)


def test_the_address_a_sign_in_records_follows_the_trusted_proxies(served):
    """Waitress strips X-Forwarded-* by default; with a trusted proxy they must reach the app."""
    app, port = served
    body = b"username=someone&password=wrong"
    request = (
        b"POST /staff/login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        b"X-Forwarded-For: 198.51.100.7\r\nX-Forwarded-Proto: http\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        answer = sock.recv(65536).decode("utf-8", "replace")
    assert answer.startswith("HTTP/1.1 401"), answer[:200]
    db = open_db(app.config["DATABASE"], migrate=False)
    tries = [row[0] for row in db.execute("SELECT address FROM login_attempts")]
    audit = [
        row[0] for row in db.execute("SELECT address FROM audit_log WHERE action = 'login_failed'")
    ]
    db.close()
    expected = "198.51.100.7" if app.config["TRUSTED_PROXIES"] else "127.0.0.1"
    assert tries == [expected] and audit == [expected]


@pytest.mark.slow
def test_nginx_in_front_of_assistant_serve(tmp_path):
    """scripts/nginx_check.sh: HTTPS, HSTS, the client's address, nginx's 413, both stop."""
    assert shutil.which("nginx") or os.path.exists("/usr/sbin/nginx"), (
        "nginx is not installed: the production front cannot be tested; install the Debian "
        "package nginx (bash scripts/setup.sh does)"
    )
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin") + ":/usr/sbin:/sbin",
        "PYTHON": sys.executable,
        "PYTHONPATH": str(PROJECT_ROOT),
        "TMPDIR": str(tmp_path),
        "HOME": str(tmp_path),
    }
    result = subprocess.run(
        ["bash", str(SCRIPT)],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "0 failed" in result.stdout and "FAILED" not in output, output
    assert not list(tmp_path.glob("hm-nginx.*")), "the script left its folder behind"
