"""Crash safety: a real `assistant chat` process killed with SIGKILL loses no committed answer.

The hidden `--pause-after N` flag makes the chat process announce (on stderr) that it
has committed N turns and then wait, so the test can kill it at that exact point; the
hidden `--session ID` flag continues a stored session, as the web app does after a
reload. The dialogue is killed after every single turn in turn and resumed each time.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant import PROJECT_ROOT
from assistant.storage import open_db

DIALOGS = Path(__file__).parent / "da" / "dialogs"
PERSONA = DIALOGS / "trapper_tekst_borger.json"
TODAY = "2026-11-22"

pytestmark = pytest.mark.slow


def chat_cmd(db: Path, *extra: str) -> list[str]:
    """Return the command line of `python -m assistant chat` on the test persona."""
    return [
        sys.executable, "-m", "assistant", "chat", "--persona", str(PERSONA),
        "--today", TODAY, "--db", str(db), *extra,
    ]  # fmt: skip


def env(**extra: str) -> dict[str, str]:
    """Return the environment for a chat subprocess."""
    out = dict(os.environ, PYTHONIOENCODING="utf-8", **extra)
    if "HVERDAGSMAAL_CHAT_STEP_DELAY" not in extra:
        out.pop("HVERDAGSMAAL_CHAT_STEP_DELAY", None)
    return out


def run_to_marker(cmd: list[str]) -> tuple[list[dict], dict]:
    """Start cmd, read stderr until the pause marker, SIGKILL it; return (turn lines, marker)."""
    proc = subprocess.Popen(
        cmd, cwd=PROJECT_ROOT, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, encoding="utf-8",
    )  # fmt: skip
    watchdog = threading.Timer(180, proc.kill)  # never hang the test run
    watchdog.start()
    lines, marker, rest = [], None, []
    try:
        for raw in proc.stderr:
            if raw.startswith("{"):
                data = json.loads(raw)
                if "paused_after" in data:
                    marker = data
                    break
                lines.append(data)
            else:
                rest.append(raw)
        assert marker is not None, "".join(rest)[-3000:]
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    return lines, marker


def stored_turns(db_path: Path) -> tuple[list[dict], list[dict]]:
    """Return (sessions, turns) from a fresh connection, checking the file's integrity."""
    db = open_db(db_path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        sessions = list(db.query("SELECT * FROM sessions"))
        turns = list(db.query("SELECT * FROM turns ORDER BY seq"))
    finally:
        db.close()
    return sessions, turns


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The same persona played once without interruption."""
    db = tmp_path_factory.mktemp("ref") / "ref.db"
    result = subprocess.run(
        chat_cmd(db), cwd=PROJECT_ROOT, env=env(), capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = [json.loads(x) for x in result.stderr.splitlines() if x.startswith("{")]
    return lines, json.loads(result.stdout)


def test_killed_after_every_turn_loses_nothing_and_resumes_to_the_end(tmp_path, reference):
    ref_lines, ref_draft = reference
    db_path = tmp_path / "crash.db"
    session_id = None
    answered: list[dict] = []
    # Each process commits exactly one turn and is then killed with SIGKILL.
    for n in range(1, len(ref_lines)):
        extra = ["--pause-after", "1"] + (["--session", session_id] if session_id else [])
        lines, marker = run_to_marker(chat_cmd(db_path, *extra))
        session_id = marker["session_id"]
        answered += lines
        assert len(lines) == 1 and marker["paused_after"] == 1
        sessions, turns = stored_turns(db_path)
        assert len(sessions) == 1 and sessions[0]["status"] == "active"
        # Every answer given before the kill is stored, in order, with nothing extra.
        assert [t["seq"] for t in turns] == list(range(1, n + 1))
        assert [t["raw"] for t in turns] == [line["answer"] for line in answered]
        assert [t["slot"] for t in turns] == [line["slot"] for line in answered]
        state = json.loads(sessions[0]["state"])
        assert len(state["transcript"]) == n
    # The dialogue asked the same questions as the uninterrupted one.
    assert [line["slot"] for line in answered] == [line["slot"] for line in ref_lines[:-1]]
    final = subprocess.run(
        chat_cmd(db_path, "--session", session_id), cwd=PROJECT_ROOT, env=env(),
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert final.returncode == 0, final.stderr[-3000:]
    draft = json.loads(final.stdout)
    for key in ("activity", "deadline", "independence", "measures", "frequency", "people"):
        assert draft["goal"][key] == ref_draft["goal"][key], key
    assert draft["goal"]["text"] == ref_draft["goal"]["text"]
    assert [s["text"] for s in draft["subgoals"]] == [s["text"] for s in ref_draft["subgoals"]]
    pairs = [(e["slot"], e["answer"]) for e in draft["transcript"]]
    assert pairs == [(e["slot"], e["answer"]) for e in ref_draft["transcript"]]
    sessions, turns = stored_turns(db_path)
    assert sessions[0]["status"] == "done" and len(turns) == len(ref_lines)


def test_kill_at_random_moments_leaves_a_consistent_database(tmp_path):
    rng = random.Random(83)
    for round_ in range(4):
        db_path = tmp_path / f"random{round_}.db"
        proc = subprocess.Popen(
            chat_cmd(db_path), cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, text=True, encoding="utf-8",
            env=env(HVERDAGSMAAL_CHAT_STEP_DELAY="0.002"),
        )  # fmt: skip
        try:
            first = proc.stderr.readline()  # the first turn is committed: the NLP is warm
            assert first.startswith("{"), first
            time.sleep(rng.uniform(0.0, 0.06))
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stderr.close()
        sessions, turns = stored_turns(db_path)
        assert len(sessions) == 1 and len(turns) >= 1
        assert [t["seq"] for t in turns] == list(range(1, len(turns) + 1))
        state = json.loads(sessions[0]["state"])
        # The state and the turn rows were committed together: they always agree.
        assert len(state["transcript"]) == len(turns)
        said = [e.get("card") or e["answer"] for e in state["transcript"]]  # cards by id
        assert said == [t["raw"] for t in turns]
        if sessions[0]["status"] != "done":
            resumed = subprocess.run(
                chat_cmd(db_path, "--session", sessions[0]["id"]), cwd=PROJECT_ROOT, env=env(),
                capture_output=True, text=True, timeout=180,
            )  # fmt: skip
            assert resumed.returncode == 0, resumed.stderr[-3000:]
            assert json.loads(resumed.stdout)["goal"]["activity"] == "trapper"
