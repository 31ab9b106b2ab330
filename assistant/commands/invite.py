"""`assistant invite`: make a personal link (/l/<token>) for one citizen and print its URL."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys

from assistant.errors import AssistantError

NAME = "invite"
HELP = "Create a personal link for a citizen and print its URL (the token is shown only once)."
ENV_BASE_URL = "HVERDAGSMAAL_BASE_URL"


def register(parser: argparse.ArgumentParser) -> None:
    """Add --name, --days, --team, --base-url and --db."""
    parser.add_argument("--name", help="the citizen's first name, shown on the start page")
    parser.add_argument(
        "--team",
        default="Standard",
        help="the team the citizen's draft goes to (default: %(default)s)",
    )
    parser.add_argument(
        "--days", type=int, default=30, help="days the link works, 1 to 90 (default: 30)"
    )
    parser.add_argument(
        "--base-url",
        default=os.environ.get(ENV_BASE_URL, "http://127.0.0.1:8000"),
        help=f"address of the web app (default: ${ENV_BASE_URL} or %(default)s)",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: $HVERDAGSMAAL_DB or instance/)"
    )


def run(args: argparse.Namespace) -> int:
    """Create the link and print its URL and expiry."""
    from assistant.storage import default_db_path, open_db  # noqa: PLC0415
    from assistant.storage.identities import clean_team  # noqa: PLC0415
    from assistant.storage.links import MAX_DAYS, MAX_NAME_LENGTH, create_link  # noqa: PLC0415

    if args.days < 1 or args.days > MAX_DAYS:
        print(f"error: --days must be between 1 and {MAX_DAYS}", file=sys.stderr)
        return 2
    if args.name is not None and not 0 < len(args.name.strip()) <= MAX_NAME_LENGTH:
        print(f"error: --name must be 1-{MAX_NAME_LENGTH} characters", file=sys.stderr)
        return 2
    if not args.base_url.startswith(("http://", "https://")):
        print("error: --base-url must start with http:// or https://", file=sys.stderr)
        return 2
    path = default_db_path(args.db)
    try:
        db = open_db(path)
        try:
            token, link = create_link(
                db,
                days=args.days,
                citizen_name=args.name,
                team=clean_team(args.team),
                created_by="cli",
            )
        finally:
            db.close()
    except (AssistantError, sqlite3.Error, OSError) as exc:
        print(f"error: cannot create the link in {path}: {exc}", file=sys.stderr)
        return 1
    print(f"{args.base_url.rstrip('/')}/l/{token}")
    print(f"valid until {link.expires_at[:10]}, team {link.team}", file=sys.stderr)
    return 0
