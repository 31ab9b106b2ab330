"""Speech blueprint: cached read-aloud audio (/lyd/…) and speech input uploads (POST /tale)."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from flask import Blueprint, Flask, current_app, jsonify, request, send_file, url_for
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


def audio_url(text: str) -> str:
    """Register a server-side text for read-aloud and return the URL of its audio."""
    return url_for("speech.audio", key=tts_cache().register(text))


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
