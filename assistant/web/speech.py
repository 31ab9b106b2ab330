"""Speech blueprint: cached read-aloud audio (/lyd/…) and speech input uploads (POST /tale)."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from flask import Blueprint, Flask, current_app, g, jsonify, request, send_file, session, url_for
from werkzeug.exceptions import RequestEntityTooLarge

from assistant.errors import AudioTooLong, AudioUnreadable, SpeechError
from assistant.speech import (
    DEFAULT_RATE,
    DEFAULT_VOICE,
    MAX_BYTES,
    MAX_SECONDS,
    TtsCache,
    default_model_dir,
    fixed_texts,
    get_recognizer,
    get_speech_texts,
)
from assistant.speech.private import FixedTexts, owner_of, private_cache

bp = Blueprint("speech", __name__)

AUDIO_MAX_AGE = 365 * 24 * 3600  # an audio key is the hash of its text: the file never changes
MULTIPART_SLACK = 64 * 1024


def _setting(name: str, default: Any) -> Any:
    value = current_app.config.get(name)
    return default if value is None or value == "" else value


def tts_cache() -> TtsCache:
    """Return the read-aloud cache configured for the current app."""
    folder = _setting("TTS_CACHE_DIR", str(Path(current_app.instance_path) / "tts"))
    voice = _setting("TTS_VOICE", DEFAULT_VOICE)
    return TtsCache(folder, voice, int(_setting("TTS_RATE", DEFAULT_RATE)))


def _state() -> dict[str, Any]:
    """Per-app speech state: the fixed texts and the gate on waiting recognitions."""
    state = current_app.extensions.setdefault("speech", {})
    if "gate" not in state:
        state["gate"] = threading.BoundedSemaphore(int(_setting("SPEECH_MAX_WAITING", 4)))
    return state


def _fixed() -> dict[str, str]:
    state = _state()
    if "fixed" not in state:
        content = current_app.extensions.get("hverdagsmaal", {}).get("content")
        if content is None:
            from assistant.content import get_content  # noqa: PLC0415

            content = get_content("da")
        state["fixed"] = fixed_texts(content)
    return state["fixed"]


def _fixed_set() -> FixedTexts:
    state = _state()
    if "fixed_set" not in state:
        state["fixed_set"] = FixedTexts(_fixed().values())
    return state["fixed_set"]


def audio_session_id() -> str | None:
    """Return the citizen session whose personal audio this request may make and hear."""
    owner = g.get("audio_session_id") or session.get("sid")
    if owner:
        return str(owner)
    draft_id = session.get("followup_draft")
    if draft_id:
        from assistant.web.db import get_db  # noqa: PLC0415

        rows = list(get_db().query("select session_id from drafts where id = ?", [draft_id]))
        if rows and rows[0]["session_id"]:
            return str(rows[0]["session_id"])
    return None


def audio_url(text: str) -> str | None:
    """Register a text for read-aloud and return its audio URL (None: personal, no owner).

    Fixed content texts go to the shared cache; personal text goes to its session's private
    folder. Without a session to own it the page keeps the text for the browser's own voice.
    """
    if text in _fixed_set():
        return url_for("speech.audio", key=tts_cache().register(text))
    session_id = audio_session_id()
    if session_id is None:
        return None
    owner = owner_of(session_id)
    key = _private_cache(owner).register(text)
    return url_for("speech.private_audio", owner=owner, key=key)


def _private_cache(owner: str) -> TtsCache:
    shared = tts_cache()
    return private_cache(shared.folder, owner, shared.voice, shared.rate)


def _may_hear(owner: str) -> bool:
    """True for the owning citizen session's cookie and for signed-in staff."""
    session_id = audio_session_id()
    if session_id is not None and owner_of(session_id) == owner:
        return True
    from assistant.web import staff_auth  # noqa: PLC0415

    return staff_auth.signed_in_staff() is not None


def fixed_audio_url(ref: str) -> str:
    """Return the audio URL of a fixed content text by reference ("activity/paaklaedning")."""
    return url_for("speech.fixed_audio", ref=ref)


def _message(key: str) -> str:
    return get_speech_texts("da").messages[key]


def _answer(status: int, error: str, **extra: Any):
    return jsonify(error=error, message=_message(error), **extra), status


@bp.get("/lyd/<key>.wav")
def audio(key: str):
    """Serve the cached (or registered, rendered now) read-aloud WAV for an audio key."""
    try:
        path = tts_cache().lookup(key)
    except SpeechError as exc:
        current_app.logger.error("read-aloud failed for %s: %s", key, exc)
        return _answer(503, "unavailable")
    if path is None:
        return _answer(404, "no_such_audio")
    return send_file(path, mimetype="audio/wav", max_age=AUDIO_MAX_AGE, conditional=True)


@bp.get("/lyd/p/<owner>/<key>.wav")
def private_audio(owner: str, key: str):
    """Serve personal read-aloud audio only to its own session (or signed-in staff), uncached."""
    if not _may_hear(owner):
        return _answer(404, "no_such_audio")
    try:
        path = _private_cache(owner).lookup(key)
    except ValueError:
        path = None
    except SpeechError as exc:
        current_app.logger.error("read-aloud failed for a personal text: %s", exc)
        return _answer(503, "unavailable")
    if path is None:
        return _answer(404, "no_such_audio")
    response = send_file(path, mimetype="audio/wav", conditional=False, etag=False)
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.get("/lyd/tekst/<path:ref>.wav")
def fixed_audio(ref: str):
    """Serve the read-aloud WAV of a fixed prompt, card or label from content."""
    text = _fixed().get(ref)
    if text is None:
        return _answer(404, "no_such_audio")
    try:
        path = tts_cache().render(text)
    except SpeechError as exc:
        current_app.logger.error("read-aloud failed for %s: %s", ref, exc)
        return _answer(503, "unavailable")
    return send_file(path, mimetype="audio/wav", max_age=3600, conditional=True)


@bp.get("/tale/tekster.json")
def ui_texts():
    """Return the Danish texts and settings the page's speech script needs."""
    texts = get_speech_texts("da")
    return jsonify(
        ui=texts.ui,
        heard=texts.messages["heard"],
        nothing_heard=texts.messages["nothing_heard"],
        prefer_browser_voice=bool(_setting("SPEECH_PREFER_BROWSER_VOICE", True)),
        max_seconds=float(_setting("SPEECH_MAX_SECONDS", MAX_SECONDS)),
    )


@bp.post("/tale")
def recognise():
    """Recognise an uploaded recording (form field `audio`, or a raw audio body) → {"text"}."""
    max_bytes = int(_setting("SPEECH_MAX_BYTES", MAX_BYTES))
    if (request.content_length or 0) > max_bytes + MULTIPART_SLACK:
        return _answer(413, "too_big")
    # The app's form limits are sized for text answers; a recording is one larger file part.
    request.max_content_length = max_bytes + MULTIPART_SLACK
    request.max_form_memory_size = max_bytes + MULTIPART_SLACK
    data = _upload_bytes(max_bytes)
    if data is None:
        return _answer(400, "no_audio")
    if len(data) > max_bytes:
        return _answer(413, "too_big")
    gate = _state()["gate"]
    if not gate.acquire(blocking=False):
        return _answer(503, "busy")
    started = time.perf_counter()
    try:
        recognizer = get_recognizer(
            _setting("WHISPER_MODEL_DIR", str(default_model_dir())),
            _setting("WHISPER_COMPUTE_TYPE", "int8"),
        )
        max_seconds = float(_setting("SPEECH_MAX_SECONDS", MAX_SECONDS))
        result = recognizer.recognize(data, "da", max_seconds)
    except AudioTooLong:
        return _answer(413, "too_long")
    except AudioUnreadable as exc:
        current_app.logger.info("speech upload unreadable: %s", exc)
        return _answer(400, "unreadable")
    except SpeechError as exc:
        current_app.logger.error("speech recognition unavailable: %s", exc)
        return _answer(503, "unavailable")
    finally:
        gate.release()
    current_app.logger.info(
        "recognised %.1f s of audio in %.2f s", result.seconds, time.perf_counter() - started
    )
    if not result.text:
        return _answer(200, "nothing_heard", text="")
    return jsonify(text=result.text, message=_message("heard"))


def _upload_bytes(max_bytes: int) -> bytes | None:
    """Return the uploaded audio (at most max_bytes + 1 bytes read), or None if there is none."""
    if request.mimetype == "multipart/form-data":
        upload = request.files.get("audio")
        return upload.stream.read(max_bytes + 1) if upload else None
    if request.mimetype.startswith("audio/") or request.mimetype in (
        "application/octet-stream",
        "video/webm",
    ):
        return request.stream.read(max_bytes + 1)
    return None


@bp.errorhandler(RequestEntityTooLarge)
def _too_large(_error):
    return _answer(413, "too_big")


@bp.record_once
def _preload_if_asked(state) -> None:
    if state.app.config.get("SPEECH_PRELOAD"):
        preload(state.app)


def preload(app: Flask) -> threading.Thread:
    """Load the Whisper model in a background thread so the first upload does not wait."""

    def load() -> None:
        try:
            get_recognizer(
                app.config.get("WHISPER_MODEL_DIR") or str(default_model_dir()),
                app.config.get("WHISPER_COMPUTE_TYPE") or "int8",
            ).load()
        except SpeechError as exc:
            app.logger.error("speech recognition unavailable: %s", exc)

    thread = threading.Thread(target=load, name="whisper-preload", daemon=True)
    thread.start()
    return thread
