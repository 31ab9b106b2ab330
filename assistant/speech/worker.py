"""The recognition worker process: loads the Whisper model and answers jobs from a pipe.

Started by assistant.speech.jobs with a spawn context, so the web process never imports
faster-whisper, CTranslate2 or PyAV. Messages (pickled tuples over a multiprocessing Pipe):

    in:  ("job", job_id, audio_bytes, max_seconds, language) | None (stop)
    out: ("ready", error_or_None) once; per job ("started", job_id, audio_seconds) after
         decoding, then ("done", job_id, {"text", "error", "seconds"}).
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class WorkerSettings:
    """How a worker process loads its model."""

    model_dir: str
    compute_type: str = "int8"
    threads: int = 2
    nice: int = 10


def serve(conn, settings: WorkerSettings) -> None:
    """Run in the worker process: load the model, then answer jobs until None or EOF."""
    if settings.nice:
        os.nice(settings.nice)  # the pages of other citizens come first on a small machine
    from assistant.errors import AudioTooLong, AudioUnreadable, SpeechError  # noqa: PLC0415
    from assistant.speech.asr import SAMPLE_RATE, Recognizer, decode_audio  # noqa: PLC0415

    recognizer = Recognizer(settings.model_dir, settings.compute_type, settings.threads)
    try:
        recognizer.load()
        ready = None
    except SpeechError as exc:
        ready = str(exc)
    if not _send(conn, ("ready", ready)):
        return  # the web process stopped while the model loaded
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return  # the web process is gone
        if message is None:
            return
        _, job_id, data, max_seconds, language = message
        result = {"text": "", "error": None, "seconds": 0.0}
        try:
            audio = decode_audio(data, max_seconds)
            del data
            result["seconds"] = audio.size / SAMPLE_RATE
            if not _send(conn, ("started", job_id, result["seconds"])):
                return
            result["text"] = recognizer.recognize_audio(audio, language).text
        except AudioTooLong:
            result["error"] = "too_long"
        except AudioUnreadable:
            result["error"] = "unreadable"
        except SpeechError as exc:
            result["error"] = "unavailable"
            result["detail"] = str(exc)
        if not _send(conn, ("done", job_id, result)):
            return


def _send(conn, message) -> bool:
    """Send to the web process; False when it is gone (a closed pipe is no error here)."""
    try:
        conn.send(message)
    except OSError:  # BrokenPipeError, ConnectionResetError: the server stopped
        return False
    return True
