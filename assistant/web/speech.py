"""Speech blueprint: cached read-aloud audio (/lyd/…) and speech input uploads (POST /tale)."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from flask import Blueprint, Flask, current_app, g, jsonify, request, session, url_for
from werkzeug.exceptions import RequestEntityTooLarge

from assistant.errors import NotFound, SpeechError
from assistant.speech import (
    DEFAULT_RATE,
    DEFAULT_VOICE,
    MAX_BYTES,
    MAX_SECONDS,
    TtsCache,
    default_model_dir,
    fixed_texts,
    get_speech_texts,
)
from assistant.speech.jobs import (
    AlreadyQueued,
    JobStatus,
    QueueFull,
    RecognitionQueue,
    get_queue,
)
from assistant.speech.opus import OPUS_MIME
from assistant.speech.private import FixedTexts, owner_of, private_cache
from assistant.speech.worker import WorkerSettings
from assistant.web.files import send_bytes

bp = Blueprint("speech", __name__)

AUDIO_MAX_AGE = 365 * 24 * 3600  # an audio key is the hash of its text: the file never changes
MULTIPART_SLACK = 64 * 1024
MAX_WAITING = 8  # recordings waiting for a worker at most (SPEECH_MAX_WAITING)
MAX_WAIT_SECONDS = 30.0  # refuse a recording whose estimated wait is longer
SPEAKER_KEY = "speaker"
PLACEHOLDER_KEY = "0" * 64
ERROR_STATUS = {"too_long": 413, "unreadable": 400, "unavailable": 503}


def _setting(name: str, default: Any) -> Any:
    value = current_app.config.get(name)
    return default if value is None or value == "" else value


def tts_cache() -> TtsCache:
    """Return the read-aloud cache configured for the current app (one per app and setting)."""
    config = current_app.config
    wanted = (config.get("TTS_CACHE_DIR"), config.get("TTS_VOICE"), config.get("TTS_RATE"))
    state = _state()
    # Kept per app: its registered keys spare every page a file check per speaker button.
    if state.get("cache_settings") != wanted or "cache" not in state:
        folder = _setting("TTS_CACHE_DIR", str(Path(current_app.instance_path) / "tts"))
        voice = _setting("TTS_VOICE", DEFAULT_VOICE)
        state["cache"] = TtsCache(folder, voice, int(_setting("TTS_RATE", DEFAULT_RATE)))
        state["cache_settings"] = wanted
    return state["cache"]


def _state() -> dict[str, Any]:
    """Per-app speech state: the fixed texts."""
    return current_app.extensions.setdefault("speech", {})


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


def is_fixed_text(text: str) -> bool:
    """True when text is fixed content: its audio is shared, not a session's own."""
    return text in _fixed_set()


def audio_session_id() -> str | None:
    """Return the citizen session whose personal audio this request may make and hear."""
    owner = g.get("audio_session_id") or session.get("sid")
    if owner:
        return str(owner)
    draft_id = session.get("followup_draft")
    if draft_id:
        from assistant.storage.drafts import get_draft  # noqa: PLC0415
        from assistant.web.db import get_db  # noqa: PLC0415

        try:
            return str(get_draft(get_db(), draft_id).session_id) or None
        except NotFound:
            return None
    return None


def audio_url(text: str, parts: tuple[str, ...] | None = None) -> str | None:
    """Register a text for read-aloud and return its audio URL (None: personal, no owner).

    Fixed content texts go to the shared cache; personal text goes to its session's private
    folder. Without a session to own it the page keeps the text for the browser's own voice.
    A text the page joined from parts (a question and its choices) is fixed when every part is.
    """
    fixed = _fixed_set()
    if all(part in fixed for part in parts) if parts else text in fixed:
        return _shared_prefix() + tts_cache().register(text) + ".wav"
    session_id = audio_session_id()
    if session_id is None:
        return None
    cache, prefix = _private(session_id)
    return prefix + cache.register(text) + ".wav"


def _private(session_id: str) -> tuple[TtsCache, str]:
    """Return a session's personal audio cache and its URL up to the key, once per request."""
    kept = g.get("audio_private")
    if kept is None or kept[0] != session_id:
        owner = owner_of(session_id)
        url = url_for("speech.private_audio", owner=owner, key=PLACEHOLDER_KEY, fmt="wav")
        kept = (session_id, _private_cache(owner), url[: url.rindex(PLACEHOLDER_KEY)])
        g.audio_private = kept
    return kept[1], kept[2]


def _shared_prefix() -> str:
    """Return the URL of the shared audio up to its key, built once per request."""
    prefix = g.get("audio_prefix")
    if prefix is None:
        url = url_for("speech.audio", key=PLACEHOLDER_KEY, fmt="wav")
        prefix = g.audio_prefix = url[: url.rindex(PLACEHOLDER_KEY)]
    return prefix


def _private_cache(owner: str) -> TtsCache:
    shared = tts_cache()
    return private_cache(shared.folder, owner, shared.voice, shared.rate)


def _may_hear(owner: str) -> bool:
    """True for the owning citizen session's cookie and for signed-in staff of its team."""
    session_id = audio_session_id()
    if session_id is not None and owner_of(session_id) == owner:
        return True
    from assistant.storage.sessions import session_ids_of_team  # noqa: PLC0415
    from assistant.web import staff_auth  # noqa: PLC0415
    from assistant.web.db import get_db  # noqa: PLC0415

    staff = staff_auth.signed_in_staff()
    if staff is None:
        return False
    # The folder name is a one-way hash of the session id: compare within the team's sessions.
    return any(owner_of(sid) == owner for sid in session_ids_of_team(get_db(), staff.team))


def fixed_audio_url(ref: str) -> str:
    """Return the audio URL of a fixed content text by reference ("activity/paaklaedning")."""
    return url_for("speech.fixed_audio", ref=ref, fmt="wav")


def _message(key: str) -> str:
    return get_speech_texts("da").messages[key]


def _answer(status: int, error: str, **extra: Any):
    return jsonify(error=error, message=_message(error), **extra), status


def _send_audio(wav: Path, fmt: str, **options: Any):
    """Send a cached WAV, or its Ogg Opus (encoded on first use) when fmt is "ogg"."""
    if fmt == "ogg":
        try:
            return send_bytes(tts_cache().opus(wav), mimetype=OPUS_MIME, **options)
        except SpeechError as exc:
            current_app.logger.error("Opus encoding failed, the page falls back to WAV: %s", exc)
            return _answer(503, "unavailable")
    return send_bytes(wav, mimetype="audio/wav", **options)


@bp.get("/lyd/<key>.<any(wav, ogg):fmt>")
def audio(key: str, fmt: str = "wav"):
    """Serve the cached (or registered, rendered now) read-aloud audio for an audio key."""
    try:
        path = tts_cache().lookup(key)
    except SpeechError as exc:
        current_app.logger.error("read-aloud failed for %s: %s", key, exc)
        return _answer(503, "unavailable")
    if path is None:
        return _answer(404, "no_such_audio")
    return _send_audio(path, fmt, max_age=AUDIO_MAX_AGE, conditional=True)


@bp.get("/lyd/p/<owner>/<key>.<any(wav, ogg):fmt>")
def private_audio(owner: str, key: str, fmt: str = "wav"):
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
    response = _send_audio(path, fmt, conditional=False, etag=False)
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.get("/lyd/tekst/<path:ref>.<any(wav, ogg):fmt>")
def fixed_audio(ref: str, fmt: str = "wav"):
    """Serve the read-aloud audio of a fixed prompt, card or label from content."""
    text = _fixed().get(ref)
    if text is None:
        return _answer(404, "no_such_audio")
    try:
        path = tts_cache().render(text)
    except SpeechError as exc:
        current_app.logger.error("read-aloud failed for %s: %s", ref, exc)
        return _answer(503, "unavailable")
    return _send_audio(path, fmt, max_age=3600, conditional=True)


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
    """Queue an uploaded recording (field `audio`, or a raw audio body) → 202 with its job."""
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
    try:
        job_id, status = recognition_queue().submit(
            _speaker(),
            data,
            float(_setting("SPEECH_MAX_SECONDS", MAX_SECONDS)),
            int(_setting("SPEECH_MAX_WAITING", MAX_WAITING)),
            float(_setting("SPEECH_MAX_WAIT_SECONDS", MAX_WAIT_SECONDS)),
        )
    except AlreadyQueued:
        return _answer(429, "one_at_a_time")
    except QueueFull as exc:
        current_app.logger.info("speech upload refused: %s", exc)
        response, code = _answer(503, "busy")
        response.headers["Retry-After"] = str(max(5, round(exc.wait_seconds)))
        return response, code
    return _job_answer(job_id, status)


@bp.get("/tale/job/<job_id>")
def job(job_id: str):
    """Poll a queued recording: 202 with the place in the queue and an estimate, then the text."""
    owner = session.get(SPEAKER_KEY)
    status = recognition_queue().poll(job_id, owner) if owner else None
    if status is None:
        return _answer(404, "no_such_job")
    return _job_answer(job_id, status)


def _job_answer(job_id: str, status: JobStatus):
    if status.state != "done":
        texts = get_speech_texts("da").messages
        seconds = max(1, round(status.wait_seconds))
        message = (
            texts["queued"].format(position=status.position, seconds=seconds)
            if status.state == "queued"
            else texts["working"].format(seconds=seconds)
        )
        return jsonify(
            state=status.state,
            position=status.position,
            wait_seconds=seconds,
            message=message,
            poll=url_for("speech.job", job_id=job_id),
        ), 202
    result = status.result or {}
    error = result.get("error")
    if error:
        if error == "unavailable":
            current_app.logger.error("speech recognition unavailable: %s", result.get("detail"))
        return _answer(ERROR_STATUS.get(error, 503), error)
    if not result.get("text"):
        return _answer(200, "nothing_heard", text="")
    return jsonify(text=result["text"], message=_message("heard"))


def _speaker() -> str:
    """Return this browser session's speaker id (one recording at a time per session)."""
    if SPEAKER_KEY not in session:
        session[SPEAKER_KEY] = secrets.token_urlsafe(16)
    return session[SPEAKER_KEY]


def recognition_queue() -> RecognitionQueue:
    """Return the recognition queue (worker processes) configured for the current app."""
    return _queue_for(current_app)


def worker_settings(config) -> WorkerSettings:
    """Return the recognition workers' settings from an app's config."""
    return WorkerSettings(
        model_dir=str(config.get("WHISPER_MODEL_DIR") or default_model_dir()),
        compute_type=config.get("WHISPER_COMPUTE_TYPE") or "int8",
        threads=int(config.get("SPEECH_THREADS") or 2),
        nice=int(config.get("SPEECH_NICE", 10) or 0),
    )


def _queue_for(app: Flask) -> RecognitionQueue:
    config = app.config
    if config.get("SPEECH_QUEUE_ADDRESS"):  # serve --workers N: the parent's one queue
        from assistant.speech.shared import remote_queue  # noqa: PLC0415

        return remote_queue(config["SPEECH_QUEUE_ADDRESS"], config["SPEECH_QUEUE_KEY"])
    return get_queue(worker_settings(config), int(config.get("SPEECH_WORKERS") or 1))


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


def preload(app: Flask) -> RecognitionQueue:
    """Start the recognition worker processes now, so the first upload does not wait."""
    queue = _queue_for(app)
    queue.start()
    return queue
