"""`assistant build-spelling`: regenerate the trimmed spelling table from hunspell-da."""

from __future__ import annotations

import argparse

from assistant import CONTENT_ROOT

NAME = "build-spelling"
HELP = "Regenerate content/<lang>/nlp/spelling.json from hunspell-da (Debian package)."


def register(parser: argparse.ArgumentParser) -> None:
    """Add the command's options."""
    parser.add_argument("--lang", default="da", help="content language (default: da)")


def run(args: argparse.Namespace) -> int:
    """Write the table and report its size."""
    from assistant.nlp.spelling_build import build  # noqa: PLC0415

    path = build(CONTENT_ROOT / args.lang)
    print(f"wrote {path} ({path.stat().st_size // 1024} KB)")
    return 0
