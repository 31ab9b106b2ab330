"""Group commit: the writes of requests that arrive together share one COMMIT (one fsync).

With `synchronous = FULL` every COMMIT waits for an fsync, and SQLite lets one connection
write at a time: concurrent writers on their own connections queue on the lock, and a writer
that finds it taken sleeps in SQLite's busy handler (1, 2, 5 ... 100 ms back-off) instead of
being woken when it is free. Under 50 citizens at once that wait was most of a turn.

Here the writes go through one shared write connection per app (`GroupWriter.run`), leader
and followers: a request that finds no batch running becomes the leader and runs, in its own
thread, every write queued so far, each in its own SAVEPOINT inside one BEGIN IMMEDIATE
transaction, then COMMITs once; requests that arrive meanwhile queue and wait, and the first of
them leads the next batch. A request returns only after the COMMIT that holds its write: an
answer is on disk before the citizen sees the next question, exactly as with one commit per
answer. A write that raises rolls back only its own savepoint and is raised again in its own
request; the others are committed. A failed COMMIT fails every write of its batch (none stored).
No thread of its own: nothing is left running when an app is dropped, and a lone write costs
no hand-over between threads.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from sqlite_utils import Database

T = TypeVar("T")


class _Job:
    """One queued write: the callable, then its result or exception, and whether it is done."""

    __slots__ = ("done", "error", "fn", "result")

    def __init__(self, fn: Callable[[Database], Any]) -> None:
        self.fn = fn
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None


class GroupWriter:
    """Run the writes of many threads on one connection, committing each batch once."""

    def __init__(self, connect: Callable[[], Database]) -> None:
        """`connect` opens the write connection (usable from any thread) on first use."""
        self._connect = connect
        self._db: Database | None = None
        self._cond = threading.Condition()
        self._pending: list[_Job] = []
        self._leader: int | None = None  # the thread running a batch now
        #: Batches committed and writes committed (for tests and benchmarks).
        self.batches = 0
        self.jobs = 0

    @property
    def pending(self) -> int:
        """How many writes wait for the batch running now to end."""
        return len(self._pending)

    def run(self, fn: Callable[[Database], T]) -> T:
        """Run fn(db) in a batch's transaction; return its result once COMMITTED.

        Raises what fn raised (its savepoint rolled back, the batch's other writes kept), or the
        COMMIT's error (nothing of the batch stored).
        """
        me = threading.get_ident()
        if self._leader == me:  # a write made by a write of this batch: part of it
            return fn(self._db)
        job = _Job(fn)
        with self._cond:
            self._pending.append(job)
            while self._leader is not None and not job.done:
                self._cond.wait()
            batch: list[_Job] = []
            if not job.done:
                self._leader = me
                batch, self._pending = self._pending, []
        if batch:
            try:
                self._commit(batch)
            except BaseException as exc:  # noqa: BLE001 (no waiting request may be left without)
                _finish([j for j in batch if not j.done], exc)
            finally:
                with self._cond:
                    self._leader = None
                    self._cond.notify_all()
        if job.error is not None:
            raise job.error
        return job.result

    def _commit(self, batch: list[_Job]) -> None:
        """Run a batch in one transaction and mark its jobs; retry jobs a dead transaction undid."""
        pending = batch
        while pending:
            try:
                if self._db is None:
                    self._db = self._connect()
                self._db.conn.execute("BEGIN IMMEDIATE")
            except (sqlite3.Error, OSError) as exc:
                _finish(pending, exc)
                return
            conn = self._db.conn
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
                if not conn.in_transaction:
                    # SQLite ended the whole transaction (e.g. disk full): the jobs run before
                    # were undone with it, so they run again in a new one.
                    _finish([job], exc)
                    return [], kept + jobs[index + 1 :]
                conn.execute("ROLLBACK TO job")
                conn.execute("RELEASE job")
                _finish([job], exc)
                continue
            conn.execute("RELEASE job")
            kept.append(job)
        return kept, []


def _finish(jobs: list[_Job], error: BaseException | None) -> None:
    """Mark jobs done (with `error` when given); their requests see it when the batch ends."""
    for job in jobs:
        if error is not None:
            job.error, job.result = error, None
        job.done = True
