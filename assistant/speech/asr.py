"""Speech input: decode an uploaded recording with PyAV and recognise it with one Whisper model."""

from __future__ import annotations

import functools
import gc
import io
import os
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant import PROJECT_ROOT
from assistant.errors import AudioTooLong, AudioUnreadable, SpeechError
from assistant.speech.guard import guard_transcript
from assistant.speech.models import active_model_dir

SAMPLE_RATE = 16_000
PAD_SECONDS = 0.5  # silence on each side; without it Opus clips sometimes decode into loops
MAX_SECONDS = 60.0
MAX_BYTES = 10 * 1024 * 1024
# Silero VAD cuts speech into chunks; with its default 400 ms padding the cuts fall inside
# slow speech and Whisper misreads the joins. 800 ms keeps whole phrases, still drops silence.
VAD_PARAMETERS = {"speech_pad_ms": 800}
SILENCE_RMS = 0.003  # float RMS below this (about -50 dBFS) is treated as nothing said
TRIM_RELATIVE = 0.018  # -35 dB below the loudest frame counts as silence at the ends
MODEL_ENV = "HVERDAGSMAAL_WHISPER_MODEL"
MODELS_DIR = PROJECT_ROOT / "instance" / "models"
DEFAULT_MODEL_DIR = MODELS_DIR / "whisper-base"


def default_model_dir(models_dir: Path | None = None) -> Path:
    """Return $HVERDAGSMAAL_WHISPER_MODEL, else the active model of models_dir (speech-model)."""
    return Path(os.environ.get(MODEL_ENV) or active_model_dir(models_dir or MODELS_DIR))


def decode_audio(data: bytes, max_seconds: float = MAX_SECONDS) -> np.ndarray:
    """Decode any PyAV-readable recording to 16 kHz mono float32.

    Raises AudioUnreadable for bytes that are not audio, AudioTooLong past max_seconds.
    Mirrors faster_whisper.decode_audio, but stops as soon as the limit is passed.
    """
    import av  # noqa: PLC0415  (PyAV with its own FFmpeg: Opus, Vorbis, AAC, WAV, FLAC)

    if not data:
        raise AudioUnreadable("the upload is empty")
    limit = int(max_seconds * SAMPLE_RATE)
    chunks: list[np.ndarray] = []
    total = 0
    resampler = av.audio.resampler.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
    try:
        with av.open(io.BytesIO(data), mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise AudioUnreadable("the upload has no audio stream")
            for frame in _frames(container):
                frame.pts = None
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray().reshape(-1))
                    total += chunks[-1].size
                if total > limit:
                    raise AudioTooLong(f"recording longer than {max_seconds:g} s")
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1))
                total += chunks[-1].size
    except (av.error.FFmpegError, ValueError, IndexError) as exc:
        raise AudioUnreadable(f"cannot decode the upload: {exc}") from exc
    finally:
        del resampler
        gc.collect()  # PyAV resampler objects are freed only by the collector (faster-whisper #390)
    if total > limit:
        raise AudioTooLong(f"recording longer than {max_seconds:g} s")
    if not chunks or total == 0:
        raise AudioUnreadable("the upload holds no audio samples")
    return np.concatenate(chunks).astype(np.float32) / 32768.0


def _frames(container):
    """Yield decoded audio frames, skipping frames FFmpeg reports as invalid."""
    iterator = iter(container.decode(audio=0))
    import av  # noqa: PLC0415

    while True:
        try:
            yield next(iterator)
        except StopIteration:
            return
        except av.error.InvalidDataError:
            continue


def pad(audio: np.ndarray, seconds: float = PAD_SECONDS) -> np.ndarray:
    """Return audio with `seconds` of silence added before and after."""
    silence = np.zeros(int(seconds * SAMPLE_RATE), dtype=np.float32)
    return np.concatenate([silence, audio.astype(np.float32), silence])


def trim_silence(audio: np.ndarray, relative: float = TRIM_RELATIVE) -> np.ndarray:
    """Return audio without the near-silent stretches at its start and end.

    Near-silent: below -35 dB of the loudest 10 ms frame (and below -50 dBFS at least).
    Trimming first makes the padding exact, so the recogniser sees the same input however
    long the citizen waited before speaking or before pressing stop.
    """
    frame = SAMPLE_RATE // 100
    count = audio.size // frame
    if count == 0:
        return audio
    energy = np.sqrt(np.mean(audio[: count * frame].reshape(count, frame) ** 2, axis=1))
    threshold = max(SILENCE_RMS, float(energy.max()) * relative)
    active = np.flatnonzero(energy >= threshold)
    if active.size == 0:
        return audio
    low = max(0, (active[0] - 1) * frame)
    high = min(audio.size, (active[-1] + 2) * frame)
    loud = np.flatnonzero(np.abs(audio[low:high]) >= threshold)
    if loud.size == 0:
        return audio
    return audio[low + loud[0] : low + loud[-1] + 1]


def is_silent(audio: np.ndarray, threshold: float = SILENCE_RMS) -> bool:
    """Return True if the loudest half-second window is quieter than threshold (RMS)."""
    if audio.size == 0:
        return True
    window = SAMPLE_RATE // 2
    usable = audio[: audio.size - audio.size % window] if audio.size >= window else audio
    frames = usable.reshape(-1, min(window, usable.size))
    loudest = float(np.sqrt(np.mean(frames.astype(np.float64) ** 2, axis=1)).max())
    return loudest < threshold


@dataclass(frozen=True)
class Transcript:
    """The outcome of recognising one recording."""

    text: str
    seconds: float
    silent: bool


class Recognizer:
    """One faster-whisper model per process, loaded on first use and shared behind a lock."""

    def __init__(self, model_dir: Path | str, compute_type: str = "int8", cpu_threads: int = 0):
        self.model_dir = Path(model_dir)
        self.compute_type = compute_type
        self.cpu_threads = cpu_threads  # 0: CTranslate2's default (4)
        self._model = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        """True once the model is in memory."""
        return self._model is not None

    def load(self):
        """Load the model now if it is not loaded yet; raise SpeechError if it cannot be."""
        with self._lock:
            return self._load_locked()

    def _load_locked(self):
        if self._model is None:
            if not (self.model_dir / "model.bin").is_file():
                raise SpeechError(
                    f"Whisper model not found in {self.model_dir}: run "
                    "scripts/assemble_whisper_model.py or set WHISPER_MODEL_DIR"
                )
            from faster_whisper import WhisperModel  # noqa: PLC0415  (heavy: CTranslate2)

            try:
                self._model = WhisperModel(
                    str(self.model_dir),
                    device="cpu",
                    compute_type=self.compute_type,
                    cpu_threads=self.cpu_threads,
                )
            except (RuntimeError, ValueError, OSError) as exc:
                raise SpeechError(f"cannot load Whisper model {self.model_dir}: {exc}") from exc
        return self._model

    def transcribe(self, audio: np.ndarray, language: str = "da") -> str:
        """Return the text spoken in 16 kHz float32 audio (trimmed, padded here), '' if none.

        Loops are collapsed and a text that is still mostly a loop counts as nothing heard.
        """
        with self._lock:
            model = self._load_locked()
            # SpeechRecognition's recognize_faster_whisper, minus building a model per call.
            result = _adapter_class()(model).transcribe(
                pad(trim_silence(audio)),
                language=language,
                temperature=0.0,
                vad_filter=True,
                vad_parameters=VAD_PARAMETERS,
            )
        return guard_transcript(result["text"])

    def recognize(self, data: bytes, language: str = "da", max_seconds: float = MAX_SECONDS):
        """Decode an uploaded recording and return its Transcript (errors: see decode_audio)."""
        return self.recognize_audio(decode_audio(data, max_seconds), language)

    def recognize_audio(self, audio: np.ndarray, language: str = "da") -> Transcript:
        """Return the Transcript of decoded 16 kHz float32 audio."""
        seconds = audio.size / SAMPLE_RATE
        if is_silent(audio):
            return Transcript(text="", seconds=seconds, silent=True)
        text = self.transcribe(audio, language)
        return Transcript(text=text, seconds=seconds, silent=not text)


@functools.cache
def _adapter_class():
    """Return SpeechRecognition's faster-whisper adapter (imported once, quietly)."""
    with warnings.catch_warnings():
        # speech_recognition imports the aifc and audioop modules, deprecated in Python 3.11.
        warnings.simplefilter("ignore", DeprecationWarning)
        from speech_recognition.recognizers.whisper_local.faster_whisper import (  # noqa: PLC0415
            TranscribableAdapter,
        )
    return TranscribableAdapter


_recognizers: dict[tuple[str, str], Recognizer] = {}
_recognizers_lock = threading.Lock()


def get_recognizer(model_dir: Path | str | None = None, compute_type: str = "int8") -> Recognizer:
    """Return the process-wide Recognizer for a model folder (created once, loaded lazily)."""
    folder = str(Path(model_dir or default_model_dir()).resolve())
    with _recognizers_lock:
        key = (folder, compute_type)
        if key not in _recognizers:
            _recognizers[key] = Recognizer(folder, compute_type)
        return _recognizers[key]
