"""Benchmark: read-aloud synthesis and speech recognition on this machine.

    .venv/bin/python benchmarks/speech.py [--sentences 40] [--model DIR] [--clips DIR]

Read-aloud: espeak-ng through pyttsx3 renders the fixed texts of content/da into a fresh
cache (ms per sentence, p50/p95), then the same texts again (cache hits), then encodes them
as Ogg Opus (PyAV/libopus) and compares the sizes with the WAVs.
Speech input: Whisper model load time, then the real-time factor (processing seconds per
second of audio; below 1 is faster than speech) for espeak-ng Danish clips of about 3 s and
20 s, each as WAV and as WebM/Opus (the browser's upload), decoding included.
Word error rate: the shipped Danish test set (tests/da/speech/sentences.yaml read by espeak-ng
at 130 and 160 words a minute, as WAV and as WebM/Opus) plus the real recordings in --clips
(each audio file beside a .txt of what was said), with the real-time factor over all of them,
so a municipality can compare models on its own hardware before switching.
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

import yaml  # noqa: E402
from speech_support import espeak_wav, webm_opus  # noqa: E402

from assistant.content import get_content  # noqa: E402
from assistant.speech import (  # noqa: E402
    Recognizer,
    TtsCache,
    decode_audio,
    default_model_dir,
    fixed_texts,
)
from assistant.speech.wer import word_error_rate  # noqa: E402

TEST_SET = ROOT / "tests" / "da" / "speech" / "sentences.yaml"
AUDIO_SUFFIXES = (".wav", ".webm", ".ogg", ".m4a", ".mp3", ".flac")

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
    encode, wav_bytes, ogg_bytes = [], 0, 0
    for text in texts:
        wav = cache.render(text)
        started = time.perf_counter()
        ogg = cache.opus(wav)
        encode.append((time.perf_counter() - started) * 1000)
        wav_bytes, ogg_bytes = wav_bytes + wav.stat().st_size, ogg_bytes + ogg.stat().st_size
    print(
        f"  Opus (served first, WAV the fallback): {ogg_bytes / 1024:.0f} KB for what is "
        f"{wav_bytes / 1024:.0f} KB as WAV ({wav_bytes / ogg_bytes:.0f}x smaller); encoding "
        f"ms/sentence p50 {statistics.median(encode):.1f}  max {max(encode):.1f}"
    )
    wav = cache.render(LONG)
    ogg = cache.opus(wav)
    print(
        f"  one {(wav.stat().st_size - 44) / 2 / 22_050:.1f} s text: WAV "
        f"{wav.stat().st_size / 1024:.0f} KB, Opus {ogg.stat().st_size / 1024:.0f} KB"
    )


def bench_asr(model: Path, folder: Path, threads: int) -> Recognizer:
    """Print the model load time and real-time factors; return the loaded recognizer."""
    recognizer = Recognizer(model, cpu_threads=threads)
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
    return recognizer


def test_clips(folder: Path, clips: Path | None) -> list[tuple[str, str, bytes]]:
    """Return (kind, what was said, audio bytes) for the shipped set and IT's recordings."""
    data = yaml.safe_load(TEST_SET.read_text(encoding="utf-8"))
    found = []
    for number, sentence in enumerate(data["sentences"]):
        for rate in (130, 160):
            wav = espeak_wav(folder / f"set-{number}-{rate}.wav", sentence, rate)
            found.append((f"espeak {rate} wav", sentence, wav.read_bytes()))
            found.append((f"espeak {rate} webm", sentence, webm_opus(wav)))
    for audio in sorted(clips.iterdir()) if clips else ():
        said = audio.with_suffix(".txt")
        if audio.suffix.lower() in AUDIO_SUFFIXES and said.is_file():
            found.append(("recorded", said.read_text(encoding="utf-8").strip(), audio.read_bytes()))
    return found


def bench_wer(recognizer: Recognizer, folder: Path, clips: Path | None) -> None:
    """Print the word error rate per kind of clip and overall, and the real-time factor."""
    by_kind: dict[str, list[tuple[str, str]]] = {}
    audio_seconds = busy = 0.0
    for kind, said, data in test_clips(folder, clips):
        started = time.perf_counter()
        result = recognizer.recognize(data)
        busy += time.perf_counter() - started
        audio_seconds += result.seconds
        by_kind.setdefault(kind, []).append((said, result.text))
    pairs = [pair for kind_pairs in by_kind.values() for pair in kind_pairs]
    print(f"word error rate on {len(pairs)} Danish clips ({TEST_SET.relative_to(ROOT)}):")
    for kind, kind_pairs in by_kind.items():
        print(f"  {kind:18} {word_error_rate(kind_pairs) * 100:5.1f} %  ({len(kind_pairs)} clips)")
    print(
        f"  all                {word_error_rate(pairs) * 100:5.1f} %; real-time factor "
        f"{busy / max(audio_seconds, 1e-6):.2f} over {audio_seconds:.0f} s of audio"
    )


def main() -> int:
    """Run both benchmarks and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=40, help="texts to synthesise")
    parser.add_argument("--model", default=str(default_model_dir()), help="Whisper model folder")
    parser.add_argument("--threads", type=int, default=2, help="CPU threads for the model")
    parser.add_argument(
        "--clips", type=Path, help="folder of real recordings, each beside a .txt of what was said"
    )
    parser.add_argument("--no-tts", action="store_true", help="skip the read-aloud figures")
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
        if not args.no_tts:
            bench_tts(args.sentences, Path(tmp))
        recognizer = bench_asr(Path(args.model), Path(tmp), args.threads)
        bench_wer(recognizer, Path(tmp), args.clips)
    return 0


if __name__ == "__main__":
    sys.exit(main())
