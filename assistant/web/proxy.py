"""Behind a reverse proxy: trust its X-Forwarded-* headers for exactly N hops (ProxyFix)."""

from __future__ import annotations

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix


def trust_proxies(app: Flask, hops: int) -> Flask:
    """Make request.remote_addr, scheme and host the client's, as N trusted proxies report."""
    if hops < 0:
        raise ValueError("the number of trusted proxies cannot be negative")
    if hops:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    app.config["TRUSTED_PROXIES"] = hops
    return app
