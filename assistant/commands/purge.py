"""`assistant purge`: delete unfinished sessions and drafts past the retention period."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path

from assistant import PROJECT_ROOT
from assistant.commands.common import open_db_or_report
from assistant.speech.private import forget_session_audio
from assistant.storage import checkpoint, default_db_path, staff_sessions
from assistant.storage.gdpr import prune_links
from assistant.storage.purge import purge_old_data

NAME = "purge"
HELP = "Delete unfinished sessions older than N days and drafts past the retention period."


def register(parser: argparse.ArgumentParser) -> None:
    """Add --unfinished-days, --retention-days, --dry-run and --db."""
    parser.add_argument(
        "--unfinished-days",
        type=int,
        default=30,
        metavar="N",
        help="delete sessions without a draft not touched for N days (default 30)",
    )
    parser.add_argument(
        "--retention-days",
        type=int,
        default=365,
        metavar="N",
        help="delete drafts (and their sessions) not changed for N days (default 365)",
    )
    parser.add_argument(
        "--tts-dir",
        metavar="DIR",
        help="read-aloud folder whose personal audio is deleted with each session "
        "(default: $HVERDAGSMAAL_INSTANCE/tts or instance/tts)",
    )
    parser.add_argument("--dry-run", action="store_true", help="only print what would be deleted")
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: $HVERDAGSMAAL_DB or instance/)"
    )


def run(args: argparse.Namespace) -> int:
    """Purge old data, log each deletion in the audit log and events, print a summary."""
    if args.unfinished_days < 1 or args.retention_days < 1:
        print("error: --unfinished-days and --retention-days must be at least 1", file=sys.stderr)
        return 2
    path = default_db_path(args.db)
    if (db := open_db_or_report(path)) is None:
        return 1
    try:
        report = purge_old_data(db, args.unfinished_days, args.retention_days, dry_run=args.dry_run)
        if not args.dry_run:
            for session_id in [*report.unfinished, *report.expired]:
                forget_session_audio(_tts_dir(args), session_id)
            report.rows["links"] = report.rows.get("links", 0) + prune_links(db)
            report.rows["staff_sessions"] = staff_sessions.prune(db, args.unfinished_days)
            checkpoint(db)
    except sqlite3.OperationalError as exc:
        print(f"error: nothing purged, the database stayed busy: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    verb = "would delete" if args.dry_run else "deleted"
    print(
        f"{verb} {len(report.unfinished)} unfinished session(s) older than "
        f"{args.unfinished_days} days and {len(report.expired)} session(s) with drafts "
        f"older than {args.retention_days} days"
    )
    if report.rows:
        rows = report.rows.items()
        print("rows deleted: " + ", ".join(f"{t}={n}" for t, n in sorted(rows) if n))
    return 0


def _tts_dir(args: argparse.Namespace) -> Path:
    """The read-aloud folder the web app uses (TTS_CACHE_DIR's default)."""
    if args.tts_dir:
        return Path(args.tts_dir)
    instance = os.environ.get("HVERDAGSMAAL_INSTANCE") or PROJECT_ROOT / "instance"
    return Path(instance) / "tts"
