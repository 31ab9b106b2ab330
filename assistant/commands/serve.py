"""`assistant serve`: run the web app with waitress (citizen pages, staff pages, speech)."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import shutil
import sqlite3
import sys
import threading
from multiprocessing import util as mp_util
from pathlib import Path

from assistant.errors import AssistantError

NAME = "serve"
HELP = "Run the Hverdagsmål web app (waitress) on the given host and port."


def register(parser: argparse.ArgumentParser) -> None:
    """Add --host, --port, --db, --threads, the connection limits and --insecure-cookies."""
    from assistant.web.server import (  # noqa: PLC0415
        CHANNEL_TIMEOUT,
        CLEANUP_INTERVAL,
        CONNECTION_LIMIT,
    )

    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    parser.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: $HVERDAGSMAAL_DB or instance/)"
    )
    parser.add_argument(
        "--threads", type=int, default=8, help="worker threads (default: %(default)s)"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="serving processes on the one port, each with --threads threads: more than one "
        "uses more than one CPU core (default: %(default)s)",
    )
    parser.add_argument(
        "--trusted-proxies",
        type=int,
        default=0,
        metavar="N",
        help="number of reverse proxies (nginx, IIS) in front whose X-Forwarded-For/-Proto/-Host "
        "are trusted, so sign-in limits and the audit see the client's address (default 0)",
    )
    parser.add_argument(
        "--connection-limit",
        type=int,
        default=CONNECTION_LIMIT,
        metavar="N",
        help="open connections at most; slow clients beyond wait (default: %(default)s)",
    )
    parser.add_argument(
        "--channel-timeout",
        type=int,
        default=CHANNEL_TIMEOUT,
        metavar="SECONDS",
        help="close a connection silent this long (default: %(default)s)",
    )
    parser.add_argument(
        "--cleanup-interval",
        type=int,
        default=CLEANUP_INTERVAL,
        metavar="SECONDS",
        help="look for silent connections this often (default: %(default)s)",
    )
    parser.add_argument(
        "--speech-workers",
        type=int,
        default=1,
        metavar="N",
        help="speech recognition worker processes, each with its own model (default: %(default)s)",
    )
    parser.add_argument(
        "--speech-threads",
        type=int,
        default=2,
        metavar="N",
        help="CPU threads of each speech worker (default: %(default)s)",
    )
    parser.add_argument(
        "--speech-max-wait",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="refuse a recording whose estimated wait is longer (default: %(default)s)",
    )
    parser.add_argument(
        "--insecure-cookies",
        action="store_true",
        help="send cookies without the Secure flag (only for plain-HTTP tests on a LAN)",
    )


def run(args: argparse.Namespace) -> int:
    """Open and migrate the database, create the demo admin if needed, then serve."""
    from assistant.storage import default_db_path, open_db  # noqa: PLC0415
    from assistant.web import memory, workers  # noqa: PLC0415

    limits = (
        args.threads,
        args.connection_limit,
        args.channel_timeout,
        args.cleanup_interval,
        args.speech_workers,
        args.speech_threads,
    )
    if not 0 < args.port < 65536 or min(limits) < 1 or args.trusted_proxies < 0:
        print(
            "error: --port must be 1-65535; --threads, --connection-limit, --channel-timeout"
            ", --cleanup-interval and the speech workers and threads at least 1;"
            " --trusted-proxies at least 0",
            file=sys.stderr,
        )
        return 2
    if not 1 <= args.workers <= workers.MAX_WORKERS:
        print(f"error: --workers must be 1-{workers.MAX_WORKERS}", file=sys.stderr)
        return 2
    memory.limit_arenas()  # before any thread starts: waitress' threads would each get one
    path = default_db_path(args.db)
    try:
        db = open_db(path)
        try:
            password = _demo_admin(db)
        finally:
            db.close()
        if args.workers == 1:
            app = _make_app(args, path)
    except (AssistantError, sqlite3.Error, OSError) as exc:
        print(f"error: cannot start: {exc}", file=sys.stderr)
        return 1
    try:
        if args.workers == 1:
            server = _make_server(app, args)
        else:
            sock = workers.listen(args.host, args.port)
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    url = f"http://{_url_host(args.host)}:{args.port}/"
    print(f"Hverdagsmål: database {path}", flush=True)
    if password:
        print(f"Demo staff login at {url}staff/ : user 'demo-admin', one-time password {password}")
        print("(you must choose a new password at the first sign-in)", flush=True)
    logging.basicConfig()  # waitress' warnings (queue depth, ...) reach stderr, as with serve()
    if args.workers == 1:
        _preload_speech(app)
        threading.Thread(target=_warm_nlp, name="nlp-warm-up", daemon=True).start()
        print(f"Serving on {url}  (kiosk: {url}kiosk)", flush=True)
        return _serve(server)
    # Built once before the fork, so the workers share its memory and none starts cold.
    _warm_nlp()
    speech = _speech_address()
    print(f"Serving on {url} with {args.workers} processes  (kiosk: {url}kiosk)", flush=True)
    try:
        return workers.run_workers(
            args.workers,
            lambda _index: _serve_worker(args, path, sock, speech),
            after_fork=lambda: _serve_speech(args, path, speech),
        )
    finally:
        if speech:  # the queue's private socket folder, after multiprocessing unlinked the socket
            folder = Path(speech["SPEECH_QUEUE_ADDRESS"]).parent
            mp_util.Finalize(
                None, shutil.rmtree, (folder,), {"ignore_errors": True}, exitpriority=-1
            )


def _make_app(args: argparse.Namespace, path, extra: dict | None = None):
    """Return the app for these options (raises AssistantError, sqlite3.Error, OSError)."""
    from assistant.web import create_app  # noqa: PLC0415
    from assistant.web.proxy import trust_proxies  # noqa: PLC0415

    app = create_app(
        {
            "DATABASE": str(path),
            "SECURE_COOKIES": not args.insecure_cookies,
            "SPEECH_WORKERS": args.speech_workers,
            "SPEECH_THREADS": args.speech_threads,
            "SPEECH_MAX_WAIT_SECONDS": args.speech_max_wait,
            **(extra or {}),
        }
    )
    trust_proxies(app, args.trusted_proxies)
    return app


def _make_server(app, args: argparse.Namespace, sock=None):
    from assistant.web.server import make_server  # noqa: PLC0415

    return make_server(
        app,
        host=args.host,
        port=args.port,
        threads=args.threads,
        connection_limit=args.connection_limit,
        channel_timeout=args.channel_timeout,
        cleanup_interval=args.cleanup_interval,
        sock=sock,
    )


def _serve(server) -> int:
    from assistant.web import memory  # noqa: PLC0415

    memory.start_trimming()
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


def _serve_worker(args: argparse.Namespace, path, sock, speech: dict) -> int:
    """One of several worker processes: its own app and connections, the shared socket."""
    try:
        app = _make_app(args, path, speech)
        server = _make_server(app, args, sock)
    except (AssistantError, sqlite3.Error, OSError) as exc:
        print(f"error: cannot start a worker: {exc}", file=sys.stderr)
        return 1
    return _serve(server)


def _speech_address() -> dict:
    """Return the config that sends every worker's recordings to the parent's one queue."""
    if importlib.util.find_spec("assistant.web.speech") is None:
        return {}
    from assistant.speech.shared import new_address  # noqa: PLC0415

    address, key = new_address()
    return {"SPEECH_QUEUE_ADDRESS": address, "SPEECH_QUEUE_KEY": key}


def _serve_speech(args: argparse.Namespace, path, speech: dict) -> None:
    """In the parent, after the fork: serve the recognition queue (its models load now)."""
    if not speech:
        return
    from assistant.speech.shared import serve_queue  # noqa: PLC0415
    from assistant.web.speech import worker_settings  # noqa: PLC0415

    config = _make_app(args, path).config  # the workers' settings (model folder, threads)
    serve_queue(
        speech["SPEECH_QUEUE_ADDRESS"],
        speech["SPEECH_QUEUE_KEY"],
        worker_settings(config),
        args.speech_workers,
    )


def _demo_admin(db) -> str | None:
    if importlib.util.find_spec("assistant.accounts") is None:
        return None
    accounts = importlib.import_module("assistant.accounts")
    ensure = getattr(accounts, "ensure_demo_admin", None)
    return ensure(db) if ensure else None


def _preload_speech(app) -> None:
    """Start loading the speech model in the background, if the speech blueprint offers it."""
    if importlib.util.find_spec("assistant.web.speech") is None:
        return
    preload = getattr(importlib.import_module("assistant.web.speech"), "preload", None)
    if preload is not None:
        preload(app)


def _warm_nlp() -> None:
    """Build the spaCy pipeline now, so the first citizen's answer does not wait for it."""
    from assistant.nlp import get_analyzer  # noqa: PLC0415

    try:
        get_analyzer("da")
    except Exception as exc:  # noqa: BLE001  the first request will report it properly
        print(f"warning: the language pipeline could not be loaded yet: {exc}", file=sys.stderr)


def _url_host(host: str) -> str:
    if host in ("0.0.0.0", ""):
        return "127.0.0.1"
    return f"[{host}]" if ":" in host else host
