"""The production HTTP server: waitress with limits for many slow clients and Danish errors."""

from __future__ import annotations

import socket
from typing import Any

from flask import Flask
from waitress.channel import HTTPChannel
from waitress.server import BaseWSGIServer, create_server
from waitress.task import ErrorTask

CONNECTION_LIMIT = 500  # waitress' default 100 lets 100 slow clients lock out every visitor
CHANNEL_TIMEOUT = 30  # seconds a connection may stay silent (waitress: 120)
CLEANUP_INTERVAL = 5  # seconds between sweeps for silent connections (waitress: 30)
#: texts.yaml keys of waitress' own error answers (malformed HTTP), by status; else err_http.
WAITRESS_ERROR_TEXTS = {413: "err_413", 500: "err_500"}


def _error_texts(app: Flask) -> dict[int | None, str]:
    texts = app.extensions["hverdagsmaal"]["content"].texts or {}
    found: dict[int | None, str] = {code: texts[key] for code, key in WAITRESS_ERROR_TEXTS.items()}
    found[None] = texts["err_http"]
    return {code: f"{texts['err_title']}\r\n\r\n{text}\r\n" for code, text in found.items()}


class QuietChannel(HTTPChannel):
    """An HTTPChannel whose main loop does not spin while a request thread is sending.

    A request thread appends its response to the channel's buffer and sends it itself, holding
    the buffer's lock (waitress' send_bytes = 1). Meanwhile waitress' loop found the channel
    writable (bytes in the buffer), poll() returned at once (the socket can take them), and its
    handle_write did nothing (the lock was taken): the loop went round again, all channels'
    readable()/writable() each time, 20-70 times per citizen turn under load, fighting the
    request threads for the GIL. Here the channel is not writable while a request thread holds
    the lock; a thread that leaves bytes the socket did not take wakes the loop once more after
    letting go of the lock, and the loop sends them as before.
    """

    def writable(self):
        """Not while a request thread holds the output buffer (it sends, or wakes us)."""
        if self.requests and self.total_outbufs_len and not self.outbuf_lock.acquire(False):
            return bool(self.will_close or self.close_when_flushed)
        if self.requests and self.total_outbufs_len:
            self.outbuf_lock.release()
        return super().writable()

    def write_soon(self, data):
        """Buffer and send data (waitress); wake the loop for what the socket did not take."""
        written = super().write_soon(data)
        if self.total_outbufs_len and self.connected:
            self.server.pull_trigger()
        return written


def _danish_channel(texts: dict[int | None, str]) -> type[HTTPChannel]:
    """Return a QuietChannel class whose error answers (bad requests) are short Danish text."""

    class DanishErrorTask(ErrorTask):
        """Waitress' answer to a request it cannot parse, in Danish (waitress' status line)."""

        def execute(self):
            error = self.request.error
            body = (texts.get(error.code) or texts[None]).encode("utf-8")
            self.status = f"{error.code} {error.reason}"
            self.response_headers.extend(
                [("Content-Type", "text/plain; charset=utf-8"), ("Content-Language", "da")]
            )
            self.set_close_on_finish()
            self.content_length = len(body)
            self.write(body)

    return type("DanishChannel", (QuietChannel,), {"error_task_class": DanishErrorTask})


def make_server(
    app: Flask,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    threads: int = 8,
    connection_limit: int = CONNECTION_LIMIT,
    channel_timeout: int = CHANNEL_TIMEOUT,
    cleanup_interval: int = CLEANUP_INTERVAL,
    sock: socket.socket | None = None,
    **options: Any,
):
    """Return a waitress server for the app (call .run()); raises OSError if it cannot listen.

    Bodies over the app's MAX_CONTENT_LENGTH are refused by waitress before they are read;
    poll() instead of select() lets it hold more than 1,024 connections. Behind trusted
    proxies (app.config TRUSTED_PROXIES, see web/proxy.py) waitress keeps the X-Forwarded-*
    headers for ProxyFix; otherwise it strips them, as a client may have forged them.
    With `sock` (a listening socket, e.g. one shared by several worker processes) it accepts
    there instead of binding host and port.
    """
    trusted = int(app.config.get("TRUSTED_PROXIES") or 0)
    where = {"sockets": [sock]} if sock is not None else {"host": host, "port": port}
    server = create_server(
        app,
        **where,
        threads=threads,
        connection_limit=connection_limit,
        channel_timeout=channel_timeout,
        cleanup_interval=cleanup_interval,
        max_request_body_size=int(app.config["MAX_CONTENT_LENGTH"]),
        asyncore_use_poll=True,
        clear_untrusted_proxy_headers=not trusted,
        ident="hverdagsmaal",
        **options,
    )
    channel = _danish_channel(_error_texts(app))
    dispatchers = getattr(server, "map", None) or server._map  # several sockets, or one
    for dispatcher in list(dispatchers.values()):
        if isinstance(dispatcher, BaseWSGIServer):
            dispatcher.channel_class = channel
    return server
