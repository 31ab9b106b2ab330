"""Personal links (/l/<token>): a random token per citizen, stored only as its SHA-256 hash."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database, Migrations

from assistant.errors import NotFound, StorageError
from assistant.storage import DEFAULT_TEAM, iso, new_id, register, utcnow

migrations = register(Migrations("hverdagsmaal-links"))

MAX_NAME_LENGTH = 80
MAX_TOKEN_LENGTH = 200


@migrations()
def m001_links(db: Database) -> None:
    """Create the links table."""
    db["links"].create(
        {
            "id": str,
            "token_hash": str,
            "citizen_name": str,
            "created_at": str,
            "expires_at": str,
            "used_at": str,
            "revoked": int,
        },
        pk="id",
        not_null={"token_hash", "created_at", "expires_at"},
        defaults={"revoked": 0},
    )
    db["links"].create_index(["token_hash"], unique=True)


@migrations()
def m002_link_team(db: Database) -> None:
    """A link belongs to a team (existing links: Standard)."""
    db["links"].add_column("team", str, not_null_default=DEFAULT_TEAM)


@dataclass(frozen=True)
class Link:
    """A personal link as stored (never the token itself)."""

    id: str
    citizen_name: str | None
    created_at: str
    expires_at: str
    used_at: str | None
    team: str = DEFAULT_TEAM


def hash_token(token: str) -> str:
    """Return the hex SHA-256 of a link token (the only form the database keeps)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_link(
    db: Database,
    *,
    days: int = 30,
    citizen_name: str | None = None,
    team: str = DEFAULT_TEAM,
    now: datetime | None = None,
) -> tuple[str, Link]:
    """Create a team's personal link valid for `days`; return (token, Link). Raises StorageError."""
    if days < 1:
        raise StorageError("a link must be valid for at least one day")
    name = (citizen_name or "").strip() or None
    if name is not None and len(name) > MAX_NAME_LENGTH:
        raise StorageError(f"the citizen name is longer than {MAX_NAME_LENGTH} characters")
    moment = now or utcnow()
    token = secrets.token_urlsafe(24)  # 192 bits
    row = {
        "id": new_id(),
        "token_hash": hash_token(token),
        "citizen_name": name,
        "created_at": iso(moment),
        "expires_at": iso(moment + timedelta(days=days)),
        "used_at": None,
        "revoked": 0,
        "team": team or DEFAULT_TEAM,
    }
    with db.atomic():
        db["links"].insert(row)
    return token, _link(row)


def resolve_link(db: Database, token: str, *, now: datetime | None = None) -> Link:
    """Return the live link for a token; raises NotFound if unknown, revoked or expired."""
    if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_LENGTH:
        raise NotFound("no such link")
    rows = list(db["links"].rows_where("token_hash = ?", [hash_token(token)], limit=1))
    if not rows or rows[0]["revoked"]:
        raise NotFound("no such link")
    row = rows[0]
    moment = now or utcnow()
    if row["expires_at"] <= iso(moment):
        raise NotFound("the link has expired")
    if not row["used_at"]:
        with db.atomic():
            db["links"].update(row["id"], {"used_at": iso(moment)})
        row = {**row, "used_at": iso(moment)}
    return _link(row)


def link_team(db: Database, link_id: str | None) -> str | None:
    """Return the team of a link by id, or None when there is no such link."""
    if not link_id:
        return None
    row = db.execute("SELECT team FROM links WHERE id = ?", [link_id]).fetchone()
    return row[0] if row else None


def revoke_link(db: Database, link_id: str) -> None:
    """Revoke a link so its token no longer works; raises NotFound for an unknown id."""
    if not list(db["links"].rows_where("id = ?", [link_id], limit=1)):
        raise NotFound(f"no link {link_id}")
    with db.atomic():
        db["links"].update(link_id, {"revoked": 1})


def _link(row: dict) -> Link:
    return Link(
        id=row["id"],
        citizen_name=row["citizen_name"],
        created_at=row["created_at"],
        expires_at=row["expires_at"],
        used_at=row["used_at"],
        team=row.get("team") or DEFAULT_TEAM,
    )
