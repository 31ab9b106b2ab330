"""Group commit: one writer thread runs the queued writes of many requests, one COMMIT for all.

With `synchronous = FULL` every COMMIT waits for an fsync (2-15 ms on the machine measured), and
SQLite lets one connection write at a time: concurrent writers on their own connections queue
on the lock, and a writer that finds it taken sleeps in SQLite's busy handler (1, 2, 5 ... 100
ms back-off) instead of being woken when it is free. Under 50 citizens at once, that wait was
most of a turn.

Here one thread per process owns a write connection. A request hands its write (a callable
taking the Database) to `GroupWriter.run` and waits. The writer takes every job queued, runs
each in its own SAVEPOINT inside one BEGIN IMMEDIATE transaction, COMMITs once (one fsync for
the whole batch) and only then wakes the waiting requests: an answer is on disk before its
request returns, exactly as with one commit per answer. A job that raises rolls back only its
own savepoint; its exception is raised again in the request that gave it, and the others are
committed. A failed COMMIT fails every job of the batch (none of them was stored).
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from sqlite_utils import Database

T = TypeVar("T")

#: The writer thread closes its connection and ends after this many idle seconds (a new one
#: starts with the next write), so apps made and dropped (tests, CLI) leave no thread behind.
IDLE_SECONDS = 5.0
#: At most this many jobs share one transaction (a bound on the work lost to a failed COMMIT).
MAX_BATCH = 64


class _Job:
    """One queued write: the callable, then its result or exception, and the done signal."""

    __slots__ = ("done", "error", "fn", "result")

    def __init__(self, fn: Callable[[Database], Any]) -> None:
        self.fn = fn
        self.done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None


class GroupWriter:
    """Run writes of many threads on one connection, committing each batch once (group commit)."""

    def __init__(self, connect: Callable[[], Database], *, idle_seconds: float = IDLE_SECONDS):
        self._connect = connect
        self._idle = idle_seconds
        self._queue: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        #: Batches committed and jobs run (for tests and benchmarks).
        self.batches = 0
        self.jobs = 0

    def run(self, fn: Callable[[Database], T]) -> T:
        """Run fn(db) in the writer's transaction; return its result once COMMITTED.

        Raises what fn raised (its savepoint rolled back, the batch's other writes kept), or the
        COMMIT's error (nothing of the batch stored).
        """
        if threading.current_thread() is self._thread:  # a job that writes again: same batch
            return fn(self._db)
        job = _Job(fn)
        self._queue.put(job)
        self._ensure_thread()
        job.done.wait()
        if job.error is not None:
            raise job.error
        return job.result

    def _ensure_thread(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="db-writer", daemon=True)
                self._thread.start()

    def _loop(self) -> None:
        self._db = self._connect()
        try:
            while True:
                try:
                    first = self._queue.get(timeout=self._idle)
                except queue.Empty:
                    with self._lock:  # nothing queued can be missed: run() starts a new thread
                        if self._queue.empty():
                            self._thread = None
                            return
                    continue
                batch = [first]
                while len(batch) < MAX_BATCH:
                    try:
                        batch.append(self._queue.get_nowait())
                    except queue.Empty:
                        break
                self._commit(batch)
        finally:
            self._db.close()

    def _commit(self, batch: list[_Job]) -> None:
        """Run a batch in one transaction and wake its jobs; retry jobs a dead transaction undid."""
        pending = batch
        while pending:
            conn = self._db.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                _finish(pending, exc)
                return
            kept, retry = self._run_jobs(pending)
            if conn.in_transaction:
                try:
                    conn.execute("COMMIT")
                except BaseException as exc:  # noqa: BLE001 (handed to every waiting request)
                    if conn.in_transaction:
                        conn.rollback()
                    _finish(kept, exc)
                    return
            if kept:
                self.batches += 1
                self.jobs += len(kept)
            _finish(kept, None)
            pending = retry

    def _run_jobs(self, jobs: list[_Job]) -> tuple[list[_Job], list[_Job]]:
        """Run jobs, each in a savepoint; return (jobs to commit, jobs to run again)."""
        conn = self._db.conn
        kept: list[_Job] = []
        for index, job in enumerate(jobs):
            conn.execute("SAVEPOINT job")
            try:
                job.result = job.fn(self._db)
            except BaseException as exc:  # noqa: BLE001 (raised again in the request's thread)
                job.error = exc
                if not conn.in_transaction:
                    # SQLite ended the whole transaction (e.g. disk full): the jobs run before
                    # were undone with it, so they run again in a new one.
                    _finish([job], exc)
                    return [], kept + jobs[index + 1 :]
                conn.execute("ROLLBACK TO job")
                conn.execute("RELEASE job")
                job.done.set()
                continue
            conn.execute("RELEASE job")
            kept.append(job)
        return kept, []


def _finish(jobs: list[_Job], error: BaseException | None) -> None:
    for job in jobs:
        if error is not None:
            job.error, job.result = error, None
        job.done.set()
