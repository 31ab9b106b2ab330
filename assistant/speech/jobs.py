"""A bounded, fair queue of recognition jobs served by worker processes.

The web threads only submit and poll: each worker process (assistant.speech.worker) holds the
model, and one thread per worker here feeds it the oldest waiting job. Fair: a session has at
most one job waiting or running. Bounded: a job is refused up front when the queue is full or
when its estimated wait is past the limit. A queued job nobody polls any more is dropped.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import logging
import multiprocessing
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field

from assistant.errors import SpeechError
from assistant.speech.worker import WorkerSettings, serve

log = logging.getLogger(__name__)

FIRST_JOB_SECONDS = 6.0  # estimate of one job before any has been measured
FIRST_RTF = 0.5  # processing seconds per second of audio before any is measured
JOB_OVERHEAD = 0.5  # decoding, padding, VAD: seconds added to every job
ABANDON_SECONDS = 20.0  # a waiting job not polled this long is dropped
KEEP_SECONDS = 120.0  # a finished job's answer waits this long to be fetched
JOB_TIMEOUT = 180.0  # a worker silent this long on one job is restarted


class QueueFull(SpeechError):
    """The job would wait longer than allowed (or the queue is full): try again later."""

    def __init__(self, wait_seconds: float):
        super().__init__(f"recognition queue full (estimated wait {wait_seconds:.0f} s)")
        self.wait_seconds = wait_seconds

    def __reduce__(self):
        """Pickle with the wait (a queue shared between processes raises it across them)."""
        return (type(self), (self.wait_seconds,))


class AlreadyQueued(SpeechError):
    """This session already has a recording waiting or being recognised."""


@dataclass
class Job:
    """One uploaded recording on its way through the queue."""

    id: str
    owner: str
    data: bytes | None
    max_seconds: float
    language: str
    created: float = field(default_factory=time.monotonic)
    polled: float = field(default_factory=time.monotonic)
    state: str = "queued"  # queued, working, done
    started: float | None = None
    audio_seconds: float | None = None
    result: dict | None = None
    finished: float | None = None


@dataclass(frozen=True)
class JobStatus:
    """What a poll sees: the place in the queue (1 = next), the estimate, or the result."""

    state: str
    position: int
    wait_seconds: float
    result: dict | None


class RecognitionQueue:
    """Recognition jobs in FIFO order, one per session, served by `workers` processes."""

    def __init__(self, settings: WorkerSettings, workers: int = 1):
        self.settings = settings
        self.workers = max(1, workers)
        self._lock = threading.Condition()
        self._queue: deque[Job] = deque()
        self._jobs: dict[str, Job] = {}
        self._running: dict[int, Job] = {}
        self._job_seconds = FIRST_JOB_SECONDS
        self._rtf = FIRST_RTF
        self._closed = False
        self._threads: list[threading.Thread] = []
        self._processes: dict[int, multiprocessing.Process] = {}
        self.ready = threading.Event()
        self.load_error: str | None = None
        self.completed = 0

    # ---------- web side ----------

    def start(self) -> None:
        """Start the worker processes (they load the model) if they are not running yet."""
        with self._lock:
            if self._threads or self._closed:
                return
            for number in range(self.workers):
                thread = threading.Thread(
                    target=self._feed, args=(number,), name=f"speech-feed-{number}", daemon=True
                )
                self._threads.append(thread)
                thread.start()

    def submit(
        self,
        owner: str,
        data: bytes,
        max_seconds: float,
        max_waiting: int,
        max_wait_seconds: float,
        language: str = "da",
    ) -> tuple[str, JobStatus]:
        """Queue a recording and return (job id, status); raise AlreadyQueued or QueueFull."""
        self.start()
        with self._lock:
            self._prune()
            if any(j.owner == owner and j.state != "done" for j in self._jobs.values()):
                raise AlreadyQueued("this session already has a recording in the queue")
            wait = self._wait_before(len(self._queue))
            if len(self._queue) >= max_waiting or wait > max_wait_seconds:
                raise QueueFull(wait)
            job = Job(secrets.token_urlsafe(16), owner, data, max_seconds, language)
            self._jobs[job.id] = job
            self._queue.append(job)
            self._lock.notify_all()
            return job.id, self._status(job)

    def poll(self, job_id: str, owner: str) -> JobStatus | None:
        """Return the job's status for its own session (None: unknown, expired or not theirs)."""
        with self._lock:
            self._prune()
            job = self._jobs.get(job_id)
            if job is None or not secrets.compare_digest(job.owner, owner):
                return None
            job.polled = time.monotonic()
            return self._status(job)

    def close(self) -> None:
        """Stop the workers (each finishes nothing more) and wait for them briefly."""
        with self._lock:
            self._closed = True
            self._lock.notify_all()
            processes = list(self._processes.values())
        for process in processes:
            process.join(timeout=5)
            if process.is_alive():
                process.terminate()
                process.join(timeout=5)

    def snapshot(self) -> dict:
        """Return counts for logs and benchmarks: waiting, working, completed, estimates."""
        with self._lock:
            return {
                "waiting": len(self._queue),
                "working": len(self._running),
                "completed": self.completed,
                "job_seconds": round(self._job_seconds, 2),
                "rtf": round(self._rtf, 3),
                "pids": [p.pid for p in self._processes.values()],
            }

    # ---------- estimates (call with the lock held) ----------

    def _expected(self, job: Job) -> float:
        if job.audio_seconds is not None:
            return job.audio_seconds * self._rtf + JOB_OVERHEAD
        return self._job_seconds

    def _wait_before(self, position: int) -> float:
        """Seconds until the job at queue index `position` starts (a greedy schedule)."""
        now = time.monotonic()
        free = [0.0] * self.workers
        for number, job in self._running.items():
            elapsed = now - (job.started or now)
            free[number] += max(0.5, self._expected(job) - elapsed)
        for job in itertools.islice(self._queue, position):
            soonest = free.index(min(free))
            free[soonest] += self._expected(job)
        return min(free)

    def _status(self, job: Job) -> JobStatus:
        if job.state == "done":
            return JobStatus("done", 0, 0.0, job.result)
        if job.state == "working":
            left = max(0.5, self._expected(job) - (time.monotonic() - (job.started or 0)))
            return JobStatus("working", 0, left, None)
        position = self._queue.index(job)
        wait = self._wait_before(position) + self._expected(job)
        return JobStatus("queued", position + 1, wait, None)

    def _prune(self) -> None:
        now = time.monotonic()
        for job in list(self._queue):
            if now - job.polled > ABANDON_SECONDS:
                self._queue.remove(job)
                del self._jobs[job.id]
        for job_id, job in list(self._jobs.items()):
            if job.state == "done" and now - (job.finished or now) > KEEP_SECONDS:
                del self._jobs[job_id]

    # ---------- worker side (one thread per worker process) ----------

    def _next_job(self) -> Job | None:
        with self._lock:
            while True:
                if self._closed:
                    return None
                self._prune()
                if self._queue:
                    job = self._queue.popleft()
                    job.state, job.started = "working", time.monotonic()
                    return job
                self._lock.wait(timeout=1.0)

    def _spawn(self, number: int):
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        process = context.Process(
            target=serve, args=(child, self.settings), name=f"speech-worker-{number}", daemon=True
        )
        process.start()
        child.close()
        with self._lock:
            self._processes[number] = process
        return process, parent

    def _await_ready(self, process, conn) -> None:
        """Wait for the worker's "ready" (the model loaded, or why not)."""
        while not self._closed:
            if conn.poll(0.5):
                message = conn.recv()
                if message[0] == "ready":
                    self.load_error = message[1]
                    if message[1]:
                        log.error("speech recognition unavailable: %s", message[1])
                    self.ready.set()
                    return
            elif not process.is_alive():
                raise EOFError(f"worker exited with {process.exitcode} while loading")

    def _start_worker(self, number: int):
        """Spawn worker `number` and wait until it is ready; retry a crash after a pause."""
        while True:
            process, conn = self._spawn(number)
            try:
                self._await_ready(process, conn)
                return process, conn
            except (EOFError, OSError) as exc:
                log.error("speech worker %d did not start: %s", number, exc)
                self.load_error = str(exc)
                self.ready.set()
                process.join(timeout=5)
                time.sleep(5)

    def _feed(self, number: int) -> None:
        process, conn = self._start_worker(number)
        while True:
            job = self._next_job()
            if job is None:
                self._stop(conn)
                return
            with self._lock:
                self._running[number] = job
            try:
                result = self._run(process, conn, job)
            except (EOFError, OSError, TimeoutError) as exc:
                log.error("speech worker %d failed on a job (%s): restarting it", number, exc)
                result = {"text": "", "error": "unavailable", "seconds": 0.0}
                process.terminate()
                process.join(timeout=5)
                process, conn = self._start_worker(number)
            self._finish(number, job, result)

    def _run(self, process, conn, job: Job) -> dict:
        data, job.data = job.data, None  # the bytes live in the worker from now on
        conn.send(("job", job.id, data, job.max_seconds, job.language))
        del data
        deadline = time.monotonic() + JOB_TIMEOUT
        while time.monotonic() < deadline:
            if not conn.poll(0.5):
                if not process.is_alive():
                    raise EOFError(f"worker exited with {process.exitcode}")
                continue
            message = conn.recv()
            if message[0] == "started" and message[1] == job.id:
                with self._lock:
                    job.audio_seconds = float(message[2])
            elif message[0] == "done" and message[1] == job.id:
                return message[2]
        raise TimeoutError(f"no answer within {JOB_TIMEOUT:.0f} s")

    def _finish(self, number: int, job: Job, result: dict) -> None:
        with self._lock:
            self._running.pop(number, None)
            now = time.monotonic()
            took = now - (job.started or now)
            if result.get("error") is None and job.audio_seconds and job.audio_seconds >= 1:
                rtf = max(0.0, took - JOB_OVERHEAD) / job.audio_seconds
                self._rtf = 0.7 * self._rtf + 0.3 * rtf
            if result.get("error") != "unavailable":
                self._job_seconds = 0.7 * self._job_seconds + 0.3 * took
            job.state, job.result, job.finished = "done", result, now
            self.completed += 1
            self._lock.notify_all()

    def _stop(self, conn) -> None:
        with contextlib.suppress(OSError, ValueError):
            conn.send(None)

    def wait_ready(self, timeout: float) -> bool:
        """Start the workers and wait until one has tried to load the model."""
        self.start()
        return self.ready.wait(timeout)


_queues: dict[tuple, RecognitionQueue] = {}
_queues_lock = threading.Lock()


def get_queue(settings: WorkerSettings, workers: int = 1) -> RecognitionQueue:
    """Return the process-wide queue for these worker settings (created once, started lazily)."""
    key = (settings, workers)
    with _queues_lock:
        if key not in _queues:
            _queues[key] = RecognitionQueue(settings, workers)
        return _queues[key]


@atexit.register
def _close_all() -> None:
    for queue in list(_queues.values()):
        queue.close()
