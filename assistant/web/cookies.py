"""The signed session cookie with its signing serializer built once per key set, not per request.

Flask's SecureCookieSessionInterface builds a new URLSafeTimedSerializer (its JSON tagger and
signer settings) twice per request: to open the cookie and to save it. The serializer holds no
per-request state, so one per (secret key, fallback keys) serves every request; a changed key
gets a new one. The cookie is the same: same salt, key derivation, digest and JSON.
"""

from __future__ import annotations

import threading

from flask import Flask
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import URLSafeTimedSerializer


class KeptSerializerSessionInterface(SecureCookieSessionInterface):
    """Flask's signed cookie session, its serializer kept for the app's keys."""

    def __init__(self) -> None:
        self._kept: tuple[tuple, URLSafeTimedSerializer | None] | None = None
        self._lock = threading.Lock()

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        """Return the serializer of the app's current keys (built when they change)."""
        keys = (app.secret_key, tuple(app.config.get("SECRET_KEY_FALLBACKS") or ()))
        kept = self._kept
        if kept is not None and kept[0] == keys:
            return kept[1]
        serializer = super().get_signing_serializer(app)
        with self._lock:
            self._kept = (keys, serializer)
        return serializer
