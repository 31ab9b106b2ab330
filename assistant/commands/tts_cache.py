"""`assistant tts-cache`: pre-render the read-aloud audio of every fixed text in content."""

from __future__ import annotations

import argparse
import sys
import time

from assistant import PROJECT_ROOT
from assistant.errors import ContentError, SpeechError

NAME = "tts-cache"
HELP = "Render read-aloud WAV files for all fixed prompts, cards and labels (skips cached ones)."
DEFAULT_DIR = PROJECT_ROOT / "instance" / "tts"


def register(parser: argparse.ArgumentParser) -> None:
    """Add --dir, --lang, --voice, --rate and --list."""
    from assistant.speech import DEFAULT_RATE, DEFAULT_VOICE  # noqa: PLC0415

    parser.add_argument(
        "--dir", default=str(DEFAULT_DIR), help=f"cache folder (default {DEFAULT_DIR}, the app's)"
    )
    parser.add_argument("--lang", default="da", help="content language (default da)")
    parser.add_argument("--voice", default=DEFAULT_VOICE, help=f"espeak-ng voice ({DEFAULT_VOICE})")
    parser.add_argument("--rate", type=int, default=DEFAULT_RATE, help="words per minute")
    parser.add_argument("--list", action="store_true", help="only list the texts, render nothing")


def run(args: argparse.Namespace) -> int:
    """Render every fixed text not cached yet; print counts; exit 1 if any failed."""
    from assistant.content import get_content  # noqa: PLC0415
    from assistant.speech import TtsCache, fixed_texts, wav_is_valid  # noqa: PLC0415

    try:
        texts = fixed_texts(get_content(args.lang))
    except ContentError as exc:
        print(f"error: content cannot be loaded:\n{exc}", file=sys.stderr)
        return 1
    if args.list:
        for ref, text in texts.items():
            print(f"{ref}\t{text}")
        return 0
    if args.rate < 80 or args.rate > 450:
        print("error: --rate must be between 80 and 450 words per minute", file=sys.stderr)
        return 2
    cache = TtsCache(args.dir, args.voice, args.rate)
    rendered = cached = failed = 0
    started = time.perf_counter()
    for ref, text in texts.items():
        if wav_is_valid(cache.wav_path(cache.key(text))):
            cached += 1
            continue
        try:
            cache.render(text)
            rendered += 1
        except (SpeechError, OSError) as exc:
            failed += 1
            print(f"error: {ref}: {exc}", file=sys.stderr)
    seconds = time.perf_counter() - started
    print(
        f"tts-cache {cache.folder}: {len(texts)} texts, {rendered} rendered, {cached} already "
        f"cached, {failed} failed ({seconds:.1f} s)"
    )
    return 1 if failed else 0
