"""Read-aloud: espeak-ng (through pyttsx3) renders each distinct text once into a WAV cache.

espeak-ng runs in a child process (spawned on first use, kept for later texts): a native crash
or a hang there costs one retry with a new child, never the calling web server.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import hashlib
import io
import multiprocessing
import os
import re
import signal
import tempfile
import threading
import time
import wave
from pathlib import Path

from assistant.content import nfc
from assistant.errors import SpeechError

DEFAULT_VOICE = "gmq/da"
DEFAULT_RATE = 150  # words per minute; espeak's default (175) is fast for older listeners
MAX_TEXT_CHARS = 2000
ATTEMPTS = 3  # espeak now and then writes an empty WAV: check and retry
SAVE_TIMEOUT = 15.0  # seconds to wait for one WAV (2,000 characters render in about 1 s)
START_TIMEOUT = 30.0  # extra seconds for a new render child to start (Python + libespeak-ng)
KEY_RE = re.compile(r"^[0-9a-f]{64}$")
MEMO_LIMIT = 10_000  # texts and keys a cache keeps in memory

# Parent side: one render child per process, used by one thread at a time.
_child_lock = threading.Lock()
_child: dict = {}  # "process", "conn", "owner" (the pid that spawned it) while one runs

# Child side: one pyttsx3 engine, driven from one thread behind a lock: several engines (or
# threads) crash espeak-ng.
_engine = None
_engine_lock = threading.Lock()
# pyttsx3 queues setProperty when its proxy is busy and may apply it in the middle of the
# next synthesis, which then comes out empty: set the voice and rate only when they change.
_settings: dict[str, tuple[str, int]] = {}
_finished = threading.Event()  # set by the engine's finished-utterance callback


def audio_key(text: str, voice: str = DEFAULT_VOICE, rate: int = DEFAULT_RATE) -> str:
    """Return the cache key (hex sha256) of a text spoken with this voice and rate."""
    return hashlib.sha256(f"{voice}\n{int(rate)}\n{clean_text(text)}".encode()).hexdigest()


def clean_text(text: str) -> str:
    """Return text NFC-normalised with runs of whitespace collapsed (the form that is spoken)."""
    return " ".join(nfc(str(text)).split())


def wav_is_valid(path: Path) -> bool:
    """Return True if path is a readable mono 16-bit WAV with at least one frame."""
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnchannels() == 1 and wav.getsampwidth() == 2 and wav.getnframes() > 0
    except (OSError, EOFError, wave.Error):
        return False


def _get_engine():
    """Return the process's pyttsx3 engine, creating it on first use (caller holds the lock)."""
    global _engine
    if _engine is None:
        import pyttsx3  # noqa: PLC0415  (loads libespeak-ng; only when read-aloud is used)

        try:
            engine = pyttsx3.init("espeak")
        except Exception as exc:  # pyttsx3 raises bare errors when libespeak-ng is missing
            raise SpeechError(f"cannot start espeak-ng through pyttsx3: {exc}") from exc
        engine.connect("finished-utterance", lambda **_kw: _finished.set())
        _engine = engine
        atexit.register(_drop_engine)
    return _engine


def _drop_engine() -> None:
    """Release the engine at exit while modules still exist (pyttsx3's __del__ needs them)."""
    global _engine
    with _engine_lock:
        engine, _engine = _engine, None
    if engine is not None:
        engine.stop()
        del engine
        gc.collect()


def synthesize(text: str, path: Path, voice: str = DEFAULT_VOICE, rate: int = DEFAULT_RATE) -> None:
    """Speak text into a WAV file at path (atomically); raise SpeechError if it keeps failing."""
    spoken = clean_text(text)
    if not spoken:
        raise SpeechError("nothing to read aloud: the text is empty")
    if len(spoken) > MAX_TEXT_CHARS:
        raise SpeechError(f"text too long to read aloud ({len(spoken)} > {MAX_TEXT_CHARS} chars)")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(suffix=".wav.tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        for _ in range(ATTEMPTS):
            tmp.write_bytes(b"")
            _render(spoken, tmp, voice, int(rate))
            if wav_is_valid(tmp):
                os.replace(tmp, path)
                return
        raise SpeechError(f"espeak-ng wrote no audio for {spoken[:60]!r} after {ATTEMPTS} tries")
    finally:
        tmp.unlink(missing_ok=True)


def renderer_pid() -> int | None:
    """Return the process id of this process's render child, or None if none runs."""
    process = _child.get("process")
    return process.pid if process is not None and _child.get("owner") == os.getpid() else None


def _render(spoken: str, tmp: Path, voice: str, rate: int) -> None:
    """Have the render child write spoken into tmp; on a crash or hang, kill it and return."""
    with _child_lock:
        started = _child.get("owner") != os.getpid()  # none yet, or inherited through fork
        if started:
            _start_child()
        process, conn = _child["process"], _child["conn"]
        deadline = time.monotonic() + SAVE_TIMEOUT + (START_TIMEOUT if started else 0.0)
        try:
            conn.send((spoken, str(tmp), voice, rate))
            while not conn.poll(0.2):
                if not process.is_alive() or time.monotonic() > deadline:
                    break
            else:
                error = conn.recv()
                if error:
                    raise SpeechError(error)
                return
        except (EOFError, OSError):
            pass
        _stop_child(kill=True)  # crashed, hung or its pipe broke: the next try spawns anew


def _start_child() -> None:
    """Spawn a render child (the caller holds _child_lock)."""
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=_serve, args=(child,), name="espeak-render", daemon=True)
    process.start()
    child.close()
    if not _child:
        atexit.register(_close_child)
    _child.update(process=process, conn=parent, owner=os.getpid())


def _stop_child(kill: bool) -> None:
    """End the render child: ask it to leave, or kill it (the caller holds _child_lock)."""
    process, conn = _child.pop("process", None), _child.pop("conn", None)
    owner = _child.pop("owner", None)
    if process is None or owner != os.getpid():
        return
    if not kill:
        with contextlib.suppress(OSError, ValueError):
            conn.send(None)
        process.join(timeout=2)
    if process.is_alive():
        process.kill()
    process.join(timeout=5)
    conn.close()


def _close_child() -> None:
    """Stop the render child at exit."""
    with _child_lock:
        _stop_child(kill=False)


def _serve(conn) -> None:
    """Child: render each (text, path, voice, rate) sent and answer None or an error message."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the parent; EOF then ends us
    try:
        while (job := conn.recv()) is not None:
            spoken, tmp, voice, rate = job
            try:
                _save(spoken, Path(tmp), voice, rate)
                conn.send(None)
            except SpeechError as exc:
                conn.send(str(exc))
    except (EOFError, OSError, KeyboardInterrupt):
        pass
    finally:
        _drop_engine()


def _save(spoken: str, tmp: Path, voice: str, rate: int) -> None:
    """Render one text into tmp; runs in the render child, one text at a time."""
    with _engine_lock:
        engine = _get_engine()
        if _settings.get("engine") != (voice, rate):
            try:
                engine.setProperty("voice", voice)
                engine.setProperty("rate", rate)
            except (ValueError, KeyError) as exc:
                raise SpeechError(f"espeak-ng rejected voice {voice!r} / rate {rate}") from exc
            _settings["engine"] = (voice, rate)
        # pyttsx3 prints "Audio saved to …" on every save; keep stdout clean.
        with contextlib.redirect_stdout(io.StringIO()):
            _finished.clear()
            engine.save_to_file(spoken, str(tmp))
            engine.runAndWait()
            # espeak-ng calls back from its own thread, and pyttsx3's loop returns early when
            # its proxy was busy as runAndWait queued the loop's end (always on the first
            # call): wait for this utterance's end, or the next save races with it.
            _finished.wait(SAVE_TIMEOUT)


class TtsCache:
    """A folder of rendered WAV files named by audio_key, plus texts registered for later."""

    def __init__(self, folder: Path | str, voice: str = DEFAULT_VOICE, rate: int = DEFAULT_RATE):
        self.folder = Path(folder)
        self.voice = voice
        self.rate = int(rate)
        # Keys already registered (with their text): pages skip the file checks, and a text
        # whose file went missing can still be spoken. Bounded: past it, files answer.
        self._registered: dict[str, str] = {}
        self._keys: dict[str, str] = {}  # text as given → key, so a page hashes each text once

    def key(self, text: str) -> str:
        """Return the cache key of text for this cache's voice and rate."""
        key = self._keys.get(text)
        if key is None:
            key = audio_key(text, self.voice, self.rate)
            if len(self._keys) < MEMO_LIMIT:
                self._keys[text] = key
        return key

    def wav_path(self, key: str) -> Path:
        """Return where the WAV for key lives (whether or not it exists yet)."""
        if not KEY_RE.match(key):
            raise SpeechError(f"not an audio key: {key!r}")
        return self.folder / f"{key}.wav"

    def render(self, text: str) -> Path:
        """Return the WAV of text, synthesising it only if it is not cached yet."""
        path = self.wav_path(self.key(text))
        if not wav_is_valid(path):
            synthesize(text, path, self.voice, self.rate)
        return path

    def register(self, text: str) -> str:
        """Remember text so that its audio can be rendered on first request; return its key."""
        key = self.key(text)
        if key in self._registered:
            return key
        spoken = clean_text(text)
        if not spoken or len(spoken) > MAX_TEXT_CHARS:
            raise SpeechError("text cannot be read aloud (empty or too long)")
        pending = self.folder / f"{key}.txt"
        if not pending.exists() and not self.wav_path(key).exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(suffix=".txt.tmp", dir=self.folder)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(spoken)
            os.replace(tmp, pending)
        if len(self._registered) < MEMO_LIMIT:
            self._registered[key] = spoken
        return key

    def lookup(self, key: str) -> Path | None:
        """Return the WAV for key, rendering a registered text now; None if key is unknown."""
        if not KEY_RE.match(key):
            return None
        path = self.wav_path(key)
        if wav_is_valid(path):
            return path
        pending = self.folder / f"{key}.txt"
        try:
            text = pending.read_text(encoding="utf-8")
        except OSError:
            text = self._registered.get(key)
            if text is None:
                return None
        if self.key(text) != key:  # a stale or tampered file: never speak it under this key
            return None
        synthesize(text, path, self.voice, self.rate)
        return path

    def opus(self, wav: Path) -> Path:
        """Return the Ogg Opus beside a cached WAV, encoding it on first use."""
        from assistant.speech.opus import encode_opus, ogg_is_valid  # noqa: PLC0415

        ogg = wav.with_suffix(".ogg")
        if not ogg_is_valid(ogg):
            encode_opus(wav, ogg)
        return ogg
