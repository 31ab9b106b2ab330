"""Opus in Ogg from a read-aloud WAV, encoded with PyAV (libopus); the WAV stays the fallback."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from assistant.errors import SpeechError

OPUS_MIME = "audio/ogg; codecs=opus"
OPUS_RATE = 24_000  # libopus takes 8/12/16/24/48 kHz; espeak-ng speaks at 22.05 kHz
OPUS_BITRATE = 24_000  # bits per second: clear mono speech, about 3 KB a second


def ogg_is_valid(path: Path) -> bool:
    """Return True if path starts like an Ogg Opus file and holds more than its headers."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
    except OSError:
        return False
    return head[:4] == b"OggS" and b"OpusHead" in head and size > 200


def encode_opus(wav: Path, ogg: Path, bitrate: int = OPUS_BITRATE) -> Path:
    """Encode a mono WAV into an Ogg Opus file at ogg (atomically); raise SpeechError on failure."""
    import av  # noqa: PLC0415  (loads FFmpeg; only when Opus is asked for)

    ogg.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(suffix=".ogg.tmp", dir=ogg.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with av.open(str(wav)) as source, av.open(str(tmp), "w", format="ogg") as target:
            stream = target.add_stream("libopus", rate=OPUS_RATE, layout="mono")
            stream.bit_rate = int(bitrate)
            resampler = av.AudioResampler(format="s16", layout="mono", rate=OPUS_RATE)
            for frame in source.decode(audio=0):
                for part in resampler.resample(frame):
                    target.mux(stream.encode(part))
            for part in resampler.resample(None):
                target.mux(stream.encode(part))
            target.mux(stream.encode(None))
        if not ogg_is_valid(tmp):
            raise SpeechError(f"libopus wrote no audio for {wav.name}")
        os.replace(tmp, ogg)
    except (av.FFmpegError, OSError, ValueError) as exc:
        raise SpeechError(f"cannot encode {wav.name} as Opus: {exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return ogg
