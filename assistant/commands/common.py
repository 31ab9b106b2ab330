"""Helpers shared by the command modules (not a command itself: cli.py does not list it)."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from assistant import CONTENT_ROOT
from assistant.errors import StorageError
from assistant.storage import open_db


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    """Add the command's options: --lang, the content language."""
    parser.add_argument("--lang", default="da", help="content language (default: da)")


def write_table(build: Callable[[Path], Path], lang: str) -> int:
    """Run a table builder on content/<lang>/, print the file it wrote and its size; return 0."""
    path = build(CONTENT_ROOT / lang)
    print(f"wrote {path} ({path.stat().st_size // 1024} KB)")
    return 0


def open_db_or_report(path: Path):
    """Open the database at path (migrated), or print why not on stderr and return None."""
    try:
        return open_db(path)
    except (StorageError, sqlite3.Error) as exc:
        print(f"error: cannot open database {path}: {exc}", file=sys.stderr)
        return None
