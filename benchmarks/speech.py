"""Benchmark: read-aloud synthesis and speech recognition on this machine.

    .venv/bin/python benchmarks/speech.py [--sentences 40] [--model DIR]

Read-aloud: espeak-ng through pyttsx3 renders the fixed texts of content/da into a fresh
cache (ms per sentence, p50/p95), then the same texts again (cache hits).
Speech input: Whisper model load time, then the real-time factor (processing seconds per
second of audio; below 1 is faster than speech) for espeak-ng Danish clips of about 3 s and
20 s, each as WAV and as WebM/Opus (the browser's upload), decoding included.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from speech_support import espeak_wav, webm_opus  # noqa: E402

from assistant.content import get_content  # noqa: E402
from assistant.speech import (  # noqa: E402
    Recognizer,
    TtsCache,
    decode_audio,
    default_model_dir,
    fixed_texts,
)

SHORT = "Jeg vil gerne kunne gå på trapper igen."
LONG = (
    "Jeg vil gerne kunne gå på trapper igen. Jeg bor på første sal, og der er ingen elevator. "
    "Min datter hjælper mig med at handle om lørdagen. Jeg vil gerne selv kunne gå ned til "
    "bageren om morgenen inden jul."
)


def percentile(values: list[float], q: float) -> float:
    """Return the q-th percentile (0..100) by nearest rank."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))]


def bench_tts(count: int, folder: Path) -> None:
    """Print synthesis and cache-hit times per sentence."""
    texts = list(dict.fromkeys(fixed_texts(get_content("da")).values()))[:count]
    cache = TtsCache(folder / "tts")
    fresh, hits, seconds_audio = [], [], 0.0
    for text in texts:
        started = time.perf_counter()
        path = cache.render(text)
        fresh.append((time.perf_counter() - started) * 1000)
        seconds_audio += (path.stat().st_size - 44) / 2 / 22_050
    for text in texts:
        started = time.perf_counter()
        cache.render(text)
        hits.append((time.perf_counter() - started) * 1000)
    print(f"read-aloud: {len(texts)} texts, {seconds_audio:.1f} s of audio")
    print(
        f"  synthesis ms/sentence: p50 {statistics.median(fresh):.1f}  "
        f"p95 {percentile(fresh, 95):.1f}  max {max(fresh):.1f}  (first incl. engine start)"
    )
    print(f"  cache hit ms/sentence: p50 {statistics.median(hits):.2f}  max {max(hits):.2f}")


def bench_asr(model: Path, folder: Path) -> None:
    """Print the model load time and real-time factors."""
    recognizer = Recognizer(model)
    started = time.perf_counter()
    recognizer.load()
    print(f"speech input: model {model}")
    print(f"  load: {time.perf_counter() - started:.2f} s")
    for name, text in (("short", SHORT), ("long", LONG)):
        wav = espeak_wav(folder / f"{name}.wav", text)
        for kind, data in (("wav", wav.read_bytes()), ("webm/opus", webm_opus(wav))):
            seconds = decode_audio(data).size / 16_000
            runs = []
            for _ in range(2):
                started = time.perf_counter()
                result = recognizer.recognize(data)
                runs.append(time.perf_counter() - started)
            best = min(runs)
            print(
                f"  {name:5} {kind:9} {seconds:5.1f} s audio: {best:.2f} s, real-time factor "
                f"{best / seconds:.2f}  ({len(data) // 1024} KiB) -> {result.text[:50]!r}"
            )


def main() -> int:
    """Run both benchmarks and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=40, help="texts to synthesise")
    parser.add_argument("--model", default=str(default_model_dir()), help="Whisper model folder")
    args = parser.parse_args()
    if not (Path(args.model) / "model.bin").is_file():
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "scripts/assemble_whisper_model.py"),
                "--target",
                args.model,
            ],
            check=True,
        )
    with tempfile.TemporaryDirectory() as tmp:
        bench_tts(args.sentences, Path(tmp))
        bench_asr(Path(args.model), Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
