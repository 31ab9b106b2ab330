"""Crash safety: a real `assistant chat` process killed with SIGKILL loses no committed answer.

The hidden `--pause-after N` flag makes the chat process announce (on stderr) that it
has committed N turns and then wait, so the test can kill it at that exact point; the
hidden `--session ID` flag continues a stored session, as the web app does after a
reload. The dialogue is killed after every single turn in turn and resumed each time: the
first kill and the last resume are real `assistant chat` processes; the kills in between are
processes forked from the (warm) test process that run the same `play` and die by SIGKILL
just as hard, so a dozen kills cost no dozen spaCy start-ups.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from assistant import PROJECT_ROOT
from assistant.commands.chat import load_persona, play
from assistant.content import get_content
from assistant.nlp import analyzer_for
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


def read_to_marker(stream) -> tuple[list[dict], dict]:
    """Read turn lines from stream until the pause marker; return (turn lines, marker)."""
    lines, marker, rest = [], None, []
    for raw in stream:
        if raw.startswith("{"):
            data = json.loads(raw)
            if "paused_after" in data:
                marker = data
                break
            lines.append(data)
        else:
            rest.append(raw)
    assert marker is not None, "".join(rest)[-3000:]
    return lines, marker


def run_to_marker(cmd: list[str]) -> tuple[list[dict], dict]:
    """Start cmd, read stderr until the pause marker, SIGKILL it; return (turn lines, marker)."""
    proc = subprocess.Popen(
        cmd, cwd=PROJECT_ROOT, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, encoding="utf-8",
    )  # fmt: skip
    watchdog = threading.Timer(180, proc.kill)  # never hang the test run
    watchdog.start()
    try:
        lines, marker = read_to_marker(proc.stderr)
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


def fork_play(db_path: Path, session_id: str | None = None, **options) -> tuple[int, object]:
    """Fork a child that plays the persona as `assistant chat` does (options go to `play`:
    pause_after, step_delay); return (its pid, a text stream of its stderr lines)."""
    persona, content = load_persona(PERSONA), get_content("da")
    analyzer_for(content)  # built here once: every child inherits it warm
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: play, log each committed turn; it never returns to pytest
        try:
            os.close(read_end)
            log = os.fdopen(write_end, "w", encoding="utf-8")
            db = open_db(db_path)
            play(persona, db=db, content=content, today=date.fromisoformat(TODAY),
                 session_id=session_id, log=log, **options)  # fmt: skip
        except BaseException as exc:  # the parent reads why
            os.write(write_end, f"child failed: {exc!r}\n".encode())
        finally:
            os._exit(1)
    os.close(write_end)
    return pid, os.fdopen(read_end, encoding="utf-8")


def kill_child(pid: int) -> None:
    """SIGKILL a forked child and check that the kill is what ended it."""
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status


def fork_to_marker(db_path: Path, session_id: str) -> tuple[list[dict], dict]:
    """Continue session_id for one turn in a forked child (as `chat --pause-after 1 --session`
    does), SIGKILL it at the pause marker; return (turn lines, marker)."""
    pid, stream = fork_play(db_path, session_id, pause_after=1)
    watchdog = threading.Timer(60, os.kill, (pid, signal.SIGKILL))  # never hang the run
    watchdog.start()
    try:
        lines, marker = read_to_marker(stream)
        kill_child(pid)
    finally:
        watchdog.cancel()
        stream.close()
        with contextlib.suppress(ProcessLookupError, ChildProcessError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
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
    """The same persona played once without interruption (in this process: no kill here)."""
    db = open_db(tmp_path_factory.mktemp("ref") / "ref.db")
    try:
        outcome = play(load_persona(PERSONA), db=db, content=get_content("da"),
                       today=date.fromisoformat(TODAY))  # fmt: skip
    finally:
        db.close()
    assert outcome.finished and outcome.draft is not None, outcome.reason
    return outcome.lines, json.loads(json.dumps(outcome.draft, ensure_ascii=False))


def test_killed_after_every_turn_loses_nothing_and_resumes_to_the_end(tmp_path, reference):
    ref_lines, ref_draft = reference
    db_path = tmp_path / "crash.db"
    session_id = None
    answered: list[dict] = []
    # Each process commits exactly one turn and is then killed with SIGKILL.
    for n in range(1, len(ref_lines)):
        if session_id is None:  # the first kill: a real `assistant chat` process
            lines, marker = run_to_marker(chat_cmd(db_path, "--pause-after", "1"))
        else:
            lines, marker = fork_to_marker(db_path, session_id)
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


def kill_process_at_random(db_path: Path, pause: float) -> None:
    """Start `assistant chat`, SIGKILL it `pause` seconds after its first committed turn."""
    proc = subprocess.Popen(
        chat_cmd(db_path), cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True, encoding="utf-8",
        env=env(HVERDAGSMAAL_CHAT_STEP_DELAY=str(STEP_DELAY)),
    )  # fmt: skip
    try:
        first = proc.stderr.readline()  # the first turn is committed: the NLP is warm
        assert first.startswith("{"), first
        time.sleep(pause)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()


def kill_fork_at_random(db_path: Path, pause: float) -> None:
    """Fork a child playing the persona, SIGKILL it `pause` seconds after its first turn."""
    pid, stream = fork_play(db_path, step_delay=STEP_DELAY)
    try:
        first = stream.readline()
        assert first.startswith("{"), first
        time.sleep(pause)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)  # killed, or already through the dialogue and exited
    finally:
        stream.close()
        with contextlib.suppress(ProcessLookupError, ChildProcessError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


STEP_DELAY = 0.002
# Round 0 is a real `assistant chat` process, killed and resumed from the command line; the
# other rounds fork the warm test process (the same `play`, the same SIGKILL), so six random
# moments cost less than the start-ups of the four real processes this test used to run.
ROUNDS = 6


def test_kill_at_random_moments_leaves_a_consistent_database(tmp_path):
    rng = random.Random(83)
    for round_ in range(ROUNDS):
        db_path = tmp_path / f"random{round_}.db"
        pause = rng.uniform(0.0, 0.06)
        if round_ == 0:
            kill_process_at_random(db_path, pause)
        else:
            kill_fork_at_random(db_path, pause)
        sessions, turns = stored_turns(db_path)
        assert len(sessions) == 1 and len(turns) >= 1
        assert [t["seq"] for t in turns] == list(range(1, len(turns) + 1))
        state = json.loads(sessions[0]["state"])
        # The state and the turn rows were committed together: they always agree.
        assert len(state["transcript"]) == len(turns)
        said = [e.get("card") or e["answer"] for e in state["transcript"]]  # cards by id
        assert said == [t["raw"] for t in turns]
        if sessions[0]["status"] == "done":
            continue
        if round_ == 0:
            resumed = subprocess.run(
                chat_cmd(db_path, "--session", sessions[0]["id"]), cwd=PROJECT_ROOT, env=env(),
                capture_output=True, text=True, timeout=180,
            )  # fmt: skip
            assert resumed.returncode == 0, resumed.stderr[-3000:]
            draft = json.loads(resumed.stdout)
        else:
            db = open_db(db_path)
            try:
                outcome = play(
                    load_persona(PERSONA),
                    db=db,
                    content=get_content("da"),
                    today=date.fromisoformat(TODAY),
                    session_id=sessions[0]["id"],
                )
            finally:
                db.close()
            draft = outcome.draft
        assert draft["goal"]["activity"] == "trapper"
