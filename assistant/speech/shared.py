"""One recognition queue for several serving processes (`assistant serve --workers N`).

A job lives in the queue that took its recording, and a citizen's poll may reach any serving
process; so with several processes the queue (and its model workers) lives in the parent, and
each serving process reaches it over a Unix socket with a random key
(multiprocessing.managers). The web code sees the same submit/poll/start, and the same
exceptions (AlreadyQueued, QueueFull with its wait).
"""

from __future__ import annotations

import secrets
import tempfile
import threading
import time
from multiprocessing.managers import BaseManager
from pathlib import Path

from assistant.speech.jobs import RecognitionQueue, get_queue
from assistant.speech.worker import WorkerSettings

EXPOSED = ("submit", "poll", "start")
CONNECT_SECONDS = 10.0  # a worker may ask before the parent's listener is up


class _Server(BaseManager):
    """The parent's side: serves the one queue."""


class _Client(BaseManager):
    """A serving process's side."""


_Client.register("queue", exposed=EXPOSED)
_clients: dict[str, object] = {}
_clients_lock = threading.Lock()


def new_address() -> tuple[str, str]:
    """Return (Unix socket path in a new private folder, hex key) for a queue to be served."""
    folder = Path(tempfile.mkdtemp(prefix="hverdagsmaal-speech-"))
    return str(folder / "queue"), secrets.token_hex(32)


def serve_queue(address: str, key: str, settings: WorkerSettings, workers: int) -> RecognitionQueue:
    """Start the queue's model workers and serve it at address on a daemon thread."""
    queue = get_queue(settings, workers)
    _Server.register("queue", callable=lambda: queue, exposed=EXPOSED)
    server = _Server(address=address, authkey=bytes.fromhex(key)).get_server()
    threading.Thread(target=server.serve_forever, name="speech-queue", daemon=True).start()
    queue.start()
    return queue


def remote_queue(address: str, key: str):
    """Return this process's proxy of the queue served at address (connected once)."""
    with _clients_lock:
        if address not in _clients:
            client = _Client(address=address, authkey=bytes.fromhex(key))
            deadline = time.monotonic() + CONNECT_SECONDS
            while True:
                try:
                    client.connect()
                    break
                except (FileNotFoundError, ConnectionRefusedError):
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.1)
            _clients[address] = client.queue()
        return _clients[address]
