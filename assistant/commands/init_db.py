"""`assistant init-db`: create the database file and apply every migration."""

from __future__ import annotations

import argparse
import sqlite3
import sys

from assistant.errors import StorageError
from assistant.storage import MIGRATION_SETS, default_db_path, import_storage_modules, open_db

NAME = "init-db"
HELP = "Create the SQLite database (or bring an existing one up to date)."


def register(parser: argparse.ArgumentParser) -> None:
    """Add the --db option."""
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: $HVERDAGSMAAL_DB or instance/)"
    )


def run(args: argparse.Namespace) -> int:
    """Open the database, apply pending migrations, print what was done."""
    path = default_db_path(args.db)
    try:
        db = open_db(path, migrate=False)
        try:
            import_storage_modules()
            pending = sum(len(m.pending(db)) for m in MIGRATION_SETS)
            for migrations in MIGRATION_SETS:
                migrations.apply(db)
            tables = db.table_names()
        finally:
            db.close()
    except (StorageError, sqlite3.Error) as exc:
        print(f"error: cannot initialise database {path}: {exc}", file=sys.stderr)
        return 1
    print(f"database {path}: {pending} migration(s) applied, {len(tables)} tables")
    return 0
