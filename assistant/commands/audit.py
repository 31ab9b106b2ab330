"""`assistant audit`: verify the audit log's hash chain, or export it as CSV for the DPO."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from assistant.commands.common import open_db_or_report
from assistant.storage import audit as trail
from assistant.storage import default_db_path

NAME = "audit"
HELP = "Verify the audit log's hash chain (verify) or export it as CSV (export --csv)."


def register(parser: argparse.ArgumentParser) -> None:
    """Add the `verify` and `export` subcommands, each with --db; export takes --csv, --since."""
    sub = parser.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    verify = sub.add_parser("verify", help="check that no audit row was deleted or altered")
    export = sub.add_parser("export", help="write the audit log as CSV to standard output")
    export.add_argument("--csv", action="store_true", required=True, help="CSV (the only format)")
    export.add_argument(
        "--since", metavar="DATE", type=_since, help="only rows from this date or ISO time on"
    )
    for each in (verify, export):
        each.add_argument(
            "--db", metavar="PATH", help="database file (default: $HVERDAGSMAAL_DB or instance/)"
        )


def _since(text: str) -> str:
    """Accept YYYY-MM-DD or an ISO time; return the ISO text rows' times are compared with."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date: {text!r}") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def run(args: argparse.Namespace) -> int:
    """Verify: exit 0 with a summary if the chain holds, 1 naming the first broken row."""
    path = default_db_path(args.db)
    if not path.exists():
        print(f"error: no database at {path}", file=sys.stderr)
        return 1
    if (db := open_db_or_report(path)) is None:
        return 1
    try:
        if args.audit_command == "export":
            sys.stdout.write(trail.export_csv(db, since=args.since))
            return 0
        verdict = trail.verify(db)
    finally:
        db.close()
    if not verdict.ok:
        print(
            f"audit log BROKEN at row {verdict.broken_id}: {verdict.problem} "
            f"({verdict.rows} row(s) before it verified)",
            file=sys.stderr,
        )
        return 1
    print(
        f"audit log OK: {verdict.rows} row(s) chained, {verdict.redacted} detail(s) erased "
        f"under GDPR; head hash {verdict.head}"
    )
    return 0
