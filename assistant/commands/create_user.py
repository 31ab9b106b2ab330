"""`assistant create-user`: add a staff or admin account (password from a prompt or stdin)."""

from __future__ import annotations

import argparse
import getpass
import sys

from assistant import accounts
from assistant.commands.common import open_db_or_report
from assistant.errors import AccountError
from assistant.storage import default_db_path
from assistant.storage.staff import audit

NAME = "create-user"
HELP = "Create a staff user (role staff or admin); the password is asked for, never an argument."


def register(parser: argparse.ArgumentParser) -> None:
    """Add USERNAME, --role, --password-stdin, --must-change and --db."""
    parser.add_argument("username", metavar="USERNAME", help="user name (a-z, 0-9, . _ -)")
    parser.add_argument("--role", choices=accounts.ROLES, default="staff", help="default: staff")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input instead of a prompt",
    )
    parser.add_argument(
        "--must-change",
        action="store_true",
        help="make the user choose a new password at first sign-in",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: $HVERDAGSMAAL_DB or instance/)"
    )


def _read_password(from_stdin: bool) -> str | None:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    try:
        first = getpass.getpass("Password: ")
        second = getpass.getpass("Repeat password: ")
    except (EOFError, KeyboardInterrupt):
        return None
    if first != second:
        print("error: the two passwords differ", file=sys.stderr)
        return None
    return first


def run(args: argparse.Namespace) -> int:
    """Create the user; exit 0 on success, 1 on a refused name/password or database error."""
    password = _read_password(args.password_stdin)
    if password is None:
        return 1
    path = default_db_path(args.db)
    if (db := open_db_or_report(path)) is None:
        return 1
    try:
        user = accounts.create_user(
            db, args.username, password, role=args.role, must_change_password=args.must_change
        )
        audit(db, "cli", "create_user", detail=f"{user.username} ({user.role})")
    except AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"created {user.role} user {user.username!r} in {path}")
    return 0
