"""Several serving processes on one listening socket (`assistant serve --workers N`).

One waitress process has one GIL, so it uses one core however many threads it has. With
--workers N the parent binds the socket once and forks N workers; each builds its own app (its
own SQLite connections and group writer: no connection crosses a fork) and accepts on the
inherited socket, so each new connection goes to a worker that is free to take it. The answers
of several workers meet at SQLite's write lock (BEGIN IMMEDIATE, waiting up to the busy timeout
for it) and each is on disk (synchronous=FULL) before its citizen sees the next question.

The parent serves no page: it holds what the workers share (the speech recognition queue,
assistant.speech.shared), forwards SIGTERM/SIGINT to the workers and, when one worker ends
on its own, stops the others and returns that worker's exit code.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import socket
import sys
import time
import traceback
from collections.abc import Callable

MAX_WORKERS = 32
STOP_SECONDS = 10.0  # a worker still running this long after SIGTERM gets SIGKILL
POLL_SECONDS = 0.2


def listen(host: str, port: int, backlog: int = 1024) -> socket.socket:
    """Bind host:port and listen once, for every worker to accept on; raises OSError."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, port), family=family, backlog=backlog)


def run_workers(
    count: int, work: Callable[[int], int], after_fork: Callable[[], None] | None = None
) -> int:
    """Fork `count` processes that run work(index), then run after_fork() in the parent (no
    thread may run before a fork); return 0 when stopped, else the failing worker's code."""
    workers: dict[int, int] = {}  # pid -> index
    stop_at: list[float] = []
    parent = os.getpid()

    def stop(_signum, _frame) -> None:
        if os.getpid() != parent:  # a worker signalled before it set its own handlers
            os._exit(1)
        if not stop_at:
            stop_at.append(time.monotonic())
            _signal_all(workers, signal.SIGTERM)

    def give_up() -> int:
        stop(signal.SIGTERM, None)
        _wait(workers, stop_at)
        return 1

    previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    gc.freeze()  # what the parent built stays shared copy-on-write: no collector writes to it
    try:
        for index in range(count):
            sys.stdout.flush()
            sys.stderr.flush()
            try:
                pid = os.fork()
            except OSError as exc:
                print(f"error: cannot start worker {index}: {exc}", file=sys.stderr)
                return give_up()
            if pid == 0:
                _child(work, index)  # never returns
            workers[pid] = index
        if after_fork is not None:
            try:
                after_fork()
            except Exception:  # noqa: BLE001 (the workers are running: stop them, then say why)
                traceback.print_exc()
                return give_up()
        return _wait(workers, stop_at)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _child(work: Callable[[int], int], index: int) -> None:
    """Run one worker and leave the process with its code (the parent's stack is not unwound)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    code = 1
    try:
        code = work(index)
    except KeyboardInterrupt:
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:  # noqa: BLE001 (a worker must never return into the parent's code)
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _wait(workers: dict[int, int], stop_at: list[float]) -> int:
    """Reap the workers; when one ends unasked, stop the rest and keep its exit code."""
    code = 0
    while workers:
        for pid in list(workers):
            done, status = os.waitpid(pid, os.WNOHANG)
            if done == 0:
                continue
            index = workers.pop(pid)
            if not stop_at:
                exit_code = os.waitstatus_to_exitcode(status)
                print(
                    f"error: worker {index} ended (exit code {exit_code}); stopping the others",
                    file=sys.stderr,
                    flush=True,
                )
                code = exit_code if exit_code > 0 else 1
                stop_at.append(time.monotonic())
                _signal_all(workers, signal.SIGTERM)
        if stop_at and time.monotonic() - stop_at[0] > STOP_SECONDS:
            _signal_all(workers, signal.SIGKILL)
        if workers:
            time.sleep(POLL_SECONDS)
    return code


def _signal_all(workers: dict[int, int], signum: int) -> None:
    for pid in workers:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signum)
