"""`assistant serve --workers N`: several processes on one port, one database, no answer lost."""

from __future__ import annotations

import http.client
import io
import json
import os
import pickle
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

import pytest
from citizen_support import SCRIPT_CARDS, SCRIPT_TEXT, cards_of, hidden_fields, slot_of
from http_support import PROJECT_ROOT, bytecode_env, free_port, served_process, wait_until_up

from assistant import cli
from assistant.speech.jobs import QueueFull

ANSWERS = 3
CITIZENS = 8


def forked_workers(pid: int) -> list[int]:
    """Return the children of `pid` that run the same command line (the forked workers)."""
    own = Path(f"/proc/{pid}/cmdline").read_bytes()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            if ppid == pid and (entry / "cmdline").read_bytes() == own:
                found.append(int(entry.name))
        except (OSError, IndexError, ValueError):
            continue
    return sorted(found)


def wait_for_workers(pid: int, count: int, seconds: float = 60) -> list[int]:
    """Wait until `pid` has forked `count` workers; return their pids."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        workers = forked_workers(pid)
        if len(workers) == count:
            return workers
        time.sleep(0.2)
    raise AssertionError(f"expected {count} workers, found {forked_workers(pid)}")


def serving_worker(conn: http.client.HTTPConnection, port: int, workers: list[int]) -> int:
    """Return the worker process holding the server end of this keep-alive connection."""
    client_port = conn.sock.getsockname()[1]
    inode = None
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, remote = fields[1].split(":")[1], fields[2].split(":")[1]
        if int(local, 16) == port and int(remote, 16) == client_port:
            inode = fields[9]
    assert inode is not None, "the server end of the connection was not found"
    for pid in workers:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                if os.readlink(fd) == f"socket:[{inode}]":
                    return pid
            except OSError:
                continue
    raise AssertionError("no worker holds the connection")


class Citizen:
    """One browser: a keep-alive connection (so one worker serves it) and its cookie."""

    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies: dict[str, str] = {}
        self.sent: list[str] = []

    def request(
        self, method: str, path: str, form: dict | None = None, body=None, **headers: str
    ) -> tuple[int, str, str]:
        """Send one request (a form, or a raw body with its headers); return (status, Location,
        body)."""
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.conn.request(method, path, body=body, headers=headers)
        response = self.conn.getresponse()
        page = response.read().decode("utf-8")
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";", 1)[0].split("=", 1)
            self.cookies[name] = value
        return response.status, response.headers.get("Location", ""), page

    def follow(self, method: str, path: str, form: dict | None = None) -> str:
        """Send a request, follow a 303 to its page; return the page (asserting HTTP 200)."""
        status, location, page = self.request(method, path, form)
        if status in (302, 303) and location:
            status, _location, page = self.request("GET", location)
        assert status == 200, (path, status)
        return page

    def answer_questions(self, count: int) -> None:
        """Start a dialogue and answer `count` questions (by text where asked, else by card)."""
        page = self.follow("GET", "/")
        page = self.follow("POST", "/start", {**hidden_fields(page), "action": "start"})
        for _ in range(count):
            slot = slot_of(page)
            assert slot, "a page without a question"
            form = hidden_fields(page)
            if slot in SCRIPT_TEXT and 'name="text"' in page:
                form.update(text=SCRIPT_TEXT[slot], action="send")
                sent = SCRIPT_TEXT[slot]
            else:
                cards = cards_of(page)
                sent = SCRIPT_CARDS.get(slot) if SCRIPT_CARDS.get(slot) in cards else cards[0]
                form["card"] = sent
            page = self.follow("POST", "/samtale", form)
            if not sent.startswith("omraade:"):  # an area card only opens its activities
                self.sent.append(sent)


def citizens_on_both(port: int, workers: list[int], wanted: int = 1) -> dict[int, list[Citizen]]:
    """Open keep-alive connections until each worker holds `wanted`; return them by worker.

    They are opened in bursts and kept open: one at a time, the same idle worker may win
    every accept."""
    by_worker: dict[int, list[Citizen]] = {pid: [] for pid in workers}
    opened: list[Citizen] = []
    for _ in range(10):
        burst = [Citizen(port) for _ in range(8)]
        for citizen in burst:
            citizen.conn.connect()
        for citizen in burst:
            citizen.request("GET", "/om")  # a worker has accepted the connection by now
            by_worker[serving_worker(citizen.conn, port, workers)].append(citizen)
        opened += burst
        if all(len(c) >= wanted for c in by_worker.values()):
            return by_worker
    for citizen in opened:
        citizen.conn.close()
    raise AssertionError("the connections did not reach both workers")


@pytest.mark.slow
def test_two_workers_serve_and_every_answer_of_both_is_stored(tmp_path):
    with served_process(tmp_path, "--workers", "2", "--threads", "2", "--insecure-cookies") as (
        proc,
        port,
    ):
        workers = wait_for_workers(proc.pid, 2)
        # the kernel may hand a whole burst to one worker: bursts until both hold citizens
        by_worker = citizens_on_both(port, workers, wanted=CITIZENS // 2)
        citizens = [citizen for held in by_worker.values() for citizen in held]
        served_by = {serving_worker(c.conn, port, workers) for c in citizens}
        assert served_by == set(workers)
        errors: list[BaseException] = []

        def play(citizen: Citizen) -> None:
            try:
                citizen.answer_questions(ANSWERS)
            except BaseException as exc:  # noqa: BLE001 (reported by the test below)
                errors.append(exc)

        threads = [threading.Thread(target=play, args=(c,)) for c in citizens]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        for citizen in citizens:
            citizen.conn.close()
        assert errors == []
        assert forked_workers(proc.pid) == workers  # no worker died on the way
    with sqlite3.connect(tmp_path / "served.db") as db:
        stored = sorted(raw for (raw,) in db.execute("SELECT raw FROM turns"))
    sent = sorted(answer for citizen in citizens for answer in citizen.sent)
    assert len(sent) >= len(citizens) * (ANSWERS - 1)
    assert stored == sent
    for pid in workers:  # stopping the parent stopped its workers
        assert not Path(f"/proc/{pid}").exists() or "Z" in _state(pid)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


@pytest.mark.parametrize("value", ["0", "-1", "33"])
def test_a_bad_worker_count_is_refused_with_exit_code_2(tmp_path, value, capsys):
    # `assistant serve` run in this process: `python -m assistant` exits with what cli.main
    # returns, and a process of its own only paid the imports again (0.6 s of CPU each).
    code = cli.main(["serve", "--workers", value, "--db", str(tmp_path / "x.db")])
    assert code == 2
    assert "error: --workers must be 1-32" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()  # refused before anything was created


@pytest.mark.slow
def test_a_recording_taken_by_one_worker_is_answered_to_a_poll_at_the_other(tmp_path):
    from speech_support import EXPECTED, espeak_wav, int8_model_dir, webm_opus  # noqa: PLC0415
    from werkzeug.datastructures import FileStorage  # noqa: PLC0415
    from werkzeug.test import encode_multipart  # noqa: PLC0415

    recording = webm_opus(espeak_wav(tmp_path / "tale.wav"))
    port = free_port()
    errors = (tmp_path / "serve.err").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--port", str(port), "--workers", "2",
         "--threads", "2", "--insecure-cookies", "--db", str(tmp_path / "served.db")],
        stdout=subprocess.DEVNULL,
        stderr=errors,
        cwd=PROJECT_ROOT,
        env={"HVERDAGSMAAL_INSTANCE": str(tmp_path / "instance"), "PATH": "/usr/bin:/bin",
             "HVERDAGSMAAL_WHISPER_MODEL": str(int8_model_dir()), **bytecode_env()},
    )  # fmt: skip
    citizens: list[Citizen] = []
    try:
        wait_until_up(port)
        workers = wait_for_workers(proc.pid, 2)
        by_worker = citizens_on_both(port, workers)
        citizens = [c for found in by_worker.values() for c in found]
        taker, poller = (found[0] for found in by_worker.values())
        poller.cookies = taker.cookies  # one browser, two connections
        page = taker.request("GET", "/")[2]
        boundary, body = encode_multipart(
            {"audio": FileStorage(io.BytesIO(recording), "tale.webm", "audio", "audio/webm")}
        )
        status, _location, answer = taker.request(
            "POST", "/tale", body=body, Accept="application/json",
            **{"Content-Type": f"multipart/form-data; boundary={boundary}",
               "X-CSRFToken": hidden_fields(page)["csrf_token"]},
        )  # fmt: skip
        deadline = time.monotonic() + 120
        while status == 202:
            assert time.monotonic() < deadline, "no answer in time"
            time.sleep(0.2)
            status, _location, answer = poller.request(
                "GET", json.loads(answer)["poll"], Accept="application/json"
            )
        assert status == 200, answer
        assert EXPECTED in json.loads(answer)["text"].lower()
    finally:
        for citizen in citizens:
            citizen.conn.close()
        proc.terminate()
        proc.wait(timeout=30)
        errors.close()
    # stopped cleanly: the queue's socket is unlinked before its private folder goes
    assert "Traceback" not in (tmp_path / "serve.err").read_text()


def test_a_full_queue_keeps_its_wait_when_raised_in_another_process():
    refused = pickle.loads(pickle.dumps(QueueFull(42.0)))  # as the shared queue sends it
    assert isinstance(refused, QueueFull)
    assert refused.wait_seconds == 42.0
    assert "42 s" in str(refused)


@pytest.mark.slow
def test_when_a_worker_dies_the_others_are_stopped_and_the_server_exits_non_zero(tmp_path):
    with served_process(tmp_path, "--workers", "2", "--threads", "2") as (proc, _port):
        first, second = wait_for_workers(proc.pid, 2)
        os.kill(first, signal.SIGKILL)
        assert proc.wait(timeout=30) == 1
        assert _state(second) == "Z" or not Path(f"/proc/{second}").exists()
