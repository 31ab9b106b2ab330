"""Helpers shared by the command modules (not a command itself: cli.py does not list it)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from assistant import CONTENT_ROOT


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    """Add the command's options: --lang, the content language."""
    parser.add_argument("--lang", default="da", help="content language (default: da)")


def write_table(build: Callable[[Path], Path], lang: str) -> int:
    """Run a table builder on content/<lang>/, print the file it wrote and its size; return 0."""
    path = build(CONTENT_ROOT / lang)
    print(f"wrote {path} ({path.stat().st_size // 1024} KB)")
    return 0
