"""The Hverdagsmål web app: create_app() builds it; one blueprint per audience."""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import os
import secrets
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from flask import Flask, jsonify, render_template, request
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import HTTPException

from assistant import PROJECT_ROOT
from assistant.errors import Conflict, NotFound, RateLimited, StorageError
from assistant.storage import BUSY_TIMEOUT_MS, DEFAULT_TEAM, default_db_path
from assistant.web.common import (  # noqa: F401  (re-exported: assistant.web.t, …)
    _DanishMessage,
    audio_url,
    da_date,
    danish,
    t,
    texts,
    today,
)
from assistant.web.files import App
from assistant.web.forms import ANSWER_BODY_LIMIT, FORM_BODY_LIMIT, limit_body

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "media-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; "
    "form-action 'self'; base-uri 'none'"
)
OPTIONAL_BLUEPRINTS = (
    "assistant.web.speech",
    "assistant.web.staff",
    "assistant.web.followup",
    "assistant.web.exports",
)
ERROR_CODES = (400, 403, 404, 405, 409, 413, 429, 500, 503)
csrf = CSRFProtect()


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app: config, content, database, CSRF, headers, error pages, blueprints."""
    test_config = dict(test_config or {})
    instance = test_config.pop("INSTANCE_PATH", None) or os.environ.get("HVERDAGSMAAL_INSTANCE")
    app = App(__name__, instance_path=str(instance or PROJECT_ROOT / "instance"))
    _configure(app, test_config)

    from assistant.content import get_content  # noqa: PLC0415
    from assistant.web import (  # noqa: PLC0415
        branding,
        card_markup,
        citizen,
        citizen_revise,
        cookies,
        db,
        kiosk,
        pictograms,
        urls,
    )
    from assistant.web import dialogue as citizen_view  # noqa: PLC0415

    app.session_interface = cookies.KeptSerializerSessionInterface()
    content = get_content("da")
    app.extensions["hverdagsmaal"] = {
        "content": content,
        "pictograms": pictograms.codes_in_content(content),
    }
    branding.init_app(app)  # instance/branding.yaml: a broken file stops the start
    db.init_app(app)
    app.before_request(limit_body)  # first: size before CSRF, the database or any parsing
    csrf.init_app(app)
    app.register_blueprint(citizen.bp)
    app.register_blueprint(citizen_revise.bp)
    app.register_blueprint(pictograms.bp)
    app.register_blueprint(kiosk.bp)
    for name in OPTIONAL_BLUEPRINTS:
        if importlib.util.find_spec(name) is not None:
            app.register_blueprint(importlib.import_module(name).bp)
    app.after_request(_security_headers)
    for code in ERROR_CODES:
        app.register_error_handler(code, _error_page)
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(StorageError, _storage_error)
    app.register_error_handler(sqlite3.OperationalError, _storage_error)  # e.g. locked
    for error_class, code in ((NotFound, 404), (Conflict, 409), (RateLimited, 429)):
        app.register_error_handler(error_class, _status_page(code))
    app.context_processor(kiosk.template_helpers)
    app.add_template_filter(da_date, "da_date")
    # Globals, not a context processor: macro modules imported without context see them too
    # (Jinja builds such a module once, not on every page).
    app.jinja_env.globals.update(
        t=t,
        audio_url=audio_url,
        card_codes=citizen_view.card_codes,
        card_key=card_markup.card_key,
        grid_key=card_markup.grid_key,
        cached_grid=card_markup.cached_grid,
        keep_grid=card_markup.keep_grid,
        cached_card=card_markup.cached_card,
        keep_card=card_markup.keep_card,
        url_for=urls.kept_url_for(app),
    )
    return app


def _configure(app: Flask, test_config: dict[str, Any]) -> None:
    from assistant.speech.asr import default_model_dir  # noqa: PLC0415  (speech is optional)

    testing = bool(test_config.get("TESTING"))
    app.config.from_mapping(
        DATABASE=str(default_db_path()),
        TODAY=None,
        COURSE_WEEKS=12,
        RESUME_CODE_DAYS=30,
        LINK_DAYS=30,
        # The team of sessions started at the plain public start page (no link, no kiosk).
        DEFAULT_TEAM=os.environ.get("HVERDAGSMAAL_DEFAULT_TEAM") or DEFAULT_TEAM,
        KIOSK_WARN_SECONDS=90,
        KIOSK_PAUSE_SECONDS=30,
        KIOSK_CODE_SECONDS=120,  # how long a kiosk shows a resume code before it clears
        TTS_CACHE_DIR=str(Path(app.instance_path) / "tts"),
        WHISPER_MODEL_DIR=str(default_model_dir(Path(app.instance_path) / "models")),
        SECURE_COOKIES=not testing,
        MAX_CONTENT_LENGTH=16 * 1024 * 1024,
        MAX_FORM_MEMORY_SIZE=64 * 1024,
        ANSWER_BODY_LIMIT=ANSWER_BODY_LIMIT,
        FORM_BODY_LIMIT=FORM_BODY_LIMIT,
        DB_BUSY_TIMEOUT_MS=BUSY_TIMEOUT_MS,
        RETRY_AFTER_SECONDS=10,
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the signed session cookie
    )
    app.config.update(test_config)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _persistent_secret(Path(app.instance_path))
    app.config.update(
        SESSION_COOKIE_SECURE=bool(app.config["SECURE_COOKIES"]),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_NAME="hverdagsmaal",
    )


def _persistent_secret(instance: Path) -> str:
    """Return the secret key stored in the instance folder, creating it on first start."""
    path = instance / "secret_key"
    try:
        return path.read_text(encoding="utf-8").strip() or _write_secret(path)
    except FileNotFoundError:
        return _write_secret(path)


def _write_secret(path: Path) -> str:
    """Create the key file whole, once: processes starting together all read the first one.

    The key is written to a private temporary file and linked into place, which fails when
    another process got there first (then its key is used): `serve --workers N` builds N apps
    at once, and two keys would make every cookie signed by one worker void at the other.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    fd, tmp = tempfile.mkstemp(prefix=".secret_key.", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(key)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            kept = path.read_text(encoding="utf-8").strip()
            if kept:
                return kept
            os.replace(tmp, path)  # an empty key file (an interrupted old start): replace it
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    return key


def _security_headers(response):
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    # same-origin, not no-referrer: over HTTPS Flask-WTF refuses a POST whose Referer is
    # missing (WTF_CSRF_SSL_STRICT), and no-referrer made browsers send none; other sites
    # still get nothing.
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    response.headers["Permissions-Policy"] = "microphone=(self), camera=(), geolocation=()"
    if response.mimetype == "text/html":
        response.headers["Cache-Control"] = "no-store"
        response.headers["Pragma"] = "no-cache"
    return response


def _wants_json() -> bool:
    path = request.path
    if path.startswith(("/api/", "/speech/", "/tale/")):
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json" and not request.accept_mimetypes.accept_html


def _error_page(error):
    code = error.code if isinstance(error, HTTPException) else 500
    message_key = f"err_{code}" if f"err_{code}" in texts() else "err_400"
    description = getattr(error, "description", None)
    if _wants_json():
        return jsonify(error=code, message=t(message_key)), code
    message = description if isinstance(description, _DanishMessage) else t(message_key)
    return render_template("citizen/error.html", code=code, message=message), code


def _status_page(code: int):
    """Return an error handler answering an uncaught storage error with this status."""

    def handler(_error):
        if _wants_json():
            return jsonify(error=code, message=t(f"err_{code}")), code
        return render_template("citizen/error.html", code=code, message=t(f"err_{code}")), code

    return handler


def _storage_error(error):
    """A storage failure (the database stayed busy or locked): 503, Retry-After, logged."""
    from flask import current_app  # noqa: PLC0415

    current_app.logger.error("storage error on %s: %s", request.path, error)
    if _wants_json():
        response = jsonify(error=503, message=t("err_503"))
    else:
        response = current_app.make_response(
            render_template("citizen/error.html", code=503, message=t("err_503"))
        )
    response.status_code = 503
    response.headers["Retry-After"] = str(int(current_app.config["RETRY_AFTER_SECONDS"]))
    return response


def _csrf_error(error):
    if _wants_json():
        return jsonify(error=400, message=t("err_403")), 400
    return render_template("citizen/error.html", code=400, message=t("err_403")), 400
