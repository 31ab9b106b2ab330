"""Helpers for the speech tests: real espeak-ng recordings and real PyAV encodings."""

from __future__ import annotations

import io
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np

from assistant.speech import default_model_dir

SENTENCE = "Jeg vil gerne kunne gå på trapper igen."
EXPECTED = "vil gerne kunne"


def model_dir() -> Path:
    """Return the assembled Whisper model folder (scripts/setup.sh assembles it)."""
    folder = default_model_dir()
    if not (folder / "model.bin").is_file():
        subprocess.run(
            [
                sys.executable,
                str(Path(__file__).resolve().parent.parent / "scripts/assemble_whisper_model.py"),
                "--target",
                str(folder),
            ],
            check=True,
        )
    return folder


def int8_model_dir() -> Path:
    """Return the int8 copy of the assembled model (tests/whisper_int8_support.py).

    For tests that need a working recognizer: it loads in a fifth of the CPU time and
    recognises to the last bit as the shipped model does with compute type int8.
    """
    import whisper_int8_support  # noqa: PLC0415

    return whisper_int8_support.int8_model_dir(model_dir())


def espeak_wav(path: Path, text: str = SENTENCE, rate: int = 130) -> Path:
    """Write espeak-ng's Danish reading of text (`-v da -s rate`) to path as WAV."""
    subprocess.run(["espeak-ng", "-v", "da", "-s", str(rate), "-w", str(path), text], check=True)
    return path


def wav_bytes(samples: np.ndarray, rate: int = 16_000) -> bytes:
    """Return float samples in [-1, 1] as a mono 16-bit WAV file's bytes."""
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    buf = io.BytesIO()
    with wave.open(buf, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())
    return buf.getvalue()


def webm_opus(wav_path: Path) -> bytes:
    """Encode a WAV file as WebM/Opus at 48 kHz, as Chrome's MediaRecorder uploads it."""
    import av

    buf = io.BytesIO()
    with av.open(str(wav_path)) as source, av.open(buf, "w", format="webm") as out:
        stream = out.add_stream("libopus", rate=48_000)
        stream.layout = "mono"
        resampler = av.AudioResampler(format="s16", layout="mono", rate=48_000)
        for frame in source.decode(audio=0):
            frame.pts = None
            for chunk in resampler.resample(frame):
                out.mux(stream.encode(chunk))
        for chunk in resampler.resample(None):
            out.mux(stream.encode(chunk))
        out.mux(stream.encode(None))
    return buf.getvalue()


def rms_int16(path: Path) -> float:
    """Return the RMS of a 16-bit WAV file's samples (0 … 32767)."""
    with wave.open(str(path), "rb") as wav:
        pcm = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2").astype(np.float64)
    return float(np.sqrt(np.mean(pcm**2))) if pcm.size else 0.0
