"""Raw HTTP on loopback for tests that talk to a served app: a free port and a raw request."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from assistant import PROJECT_ROOT


def bytecode_env() -> dict[str, str]:
    """The bytecode setting for a test's Python subprocess, which writes nothing in the tree.

    This run's bytecode folder outside the tree when it has one (scripts/test.sh sets
    PYTHONPYCACHEPREFIX): the subprocess reads what the run compiled. Without it, no bytecode
    is written, and each `assistant serve` compiled all of assistant/ again (0.2-0.3 s of CPU).
    """
    prefix = sys.pycache_prefix
    return {"PYTHONPYCACHEPREFIX": prefix} if prefix else {"PYTHONDONTWRITEBYTECODE": "1"}


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def raw_http(port: int, request: bytes, timeout: float = 10) -> bytes:
    """Send bytes as they are to 127.0.0.1:port and return everything the server answers."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def stop_waitress(server, thread, timeout: float = 10) -> None:
    """Close a waitress server from inside its own loop and wait for the loop's thread to end.

    server.close() from the test's thread left the loop asleep in poll() until its timeout
    (waitress' asyncore_loop_timeout, 1 s); closed by a trigger thunk, the loop runs the close
    and ends as soon as no connection is left. Closed again after, in case the loop had ended.
    """
    if thread.is_alive():
        with contextlib.suppress(OSError):  # the loop closed its trigger already: just wait
            server.trigger.pull_trigger(server.close)
        thread.join(timeout)
    server.close()


@contextlib.contextmanager
def served_process(tmp_path: Path, *args: str) -> Iterator[tuple[subprocess.Popen, int]]:
    """`assistant serve` in its own process on a free port (a database and an instance folder
    in tmp_path, cheap test password hashing, bytecode outside the tree): (process, port) once it
    answers; terminated afterwards."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--port", str(port),
         "--db", str(tmp_path / "served.db"), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=PROJECT_ROOT,
        env={
            "HVERDAGSMAAL_INSTANCE": str(tmp_path / "instance"),
            "PATH": "/usr/bin:/bin",
            "HVERDAGSMAAL_ARGON2_PROFILE": "test",
            **bytecode_env(),
        },
    )  # fmt: skip
    try:
        wait_until_up(port)
        yield proc, port
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def wait_until_up(port: int, seconds: float = 60) -> None:
    """Wait until a served app answers on 127.0.0.1:port (AssertionError after `seconds`)."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/om", timeout=5):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"assistant serve did not answer on port {port}")
