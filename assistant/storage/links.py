"""Personal links (/l/<token>): a random token per citizen, stored only as its SHA-256 hash.

A link stops working when staff revoke it, when it expires, or when it is used up: a goal
made through it has been approved or archived, so there is nothing left to do with it.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database, Migrations

from assistant.errors import LinkGone, NotFound, StorageError
from assistant.storage import DEFAULT_TEAM, from_row, iso, new_id, register, utcnow

migrations = register(Migrations("hverdagsmaal-links"))

MAX_NAME_LENGTH = 80
MAX_TOKEN_LENGTH = 200
DEFAULT_DAYS = 30
MAX_DAYS = 90
LIST_LIMIT = 200
# Draft states after which a link is used up.
CLOSED_STATUSES = ("approved", "archived")


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
def m002_link_admin(db: Database) -> None:
    """Who made a link, and when and by whom it was revoked."""
    links = db["links"]
    links.add_column("created_by", str)
    links.add_column("revoked_at", str)
    links.add_column("revoked_by", str)


@migrations()
def m003_link_team(db: Database) -> None:
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
    days: int = DEFAULT_DAYS,
    citizen_name: str | None = None,
    now: datetime | None = None,
    created_by: str | None = None,
    team: str = DEFAULT_TEAM,
) -> tuple[str, Link]:
    """Create a team's personal link valid for `days` (1 to 90); return (token, Link).

    Raises StorageError.
    """
    if not 1 <= days <= MAX_DAYS:
        raise StorageError(f"a link must be valid for 1 to {MAX_DAYS} days")
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
        "created_by": created_by,
        "team": team or DEFAULT_TEAM,
    }
    with db.atomic():
        db["links"].insert(row)
    return token, _link(row)


def resolve_link(db: Database, token: str, *, now: datetime | None = None) -> Link:
    """Return the live link for a token and note its first use.

    Raises NotFound for an unknown token, LinkGone (a NotFound) for a revoked, expired or
    used-up one.
    """
    if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_LENGTH:
        raise NotFound("no such link")
    rows = list(db["links"].rows_where("token_hash = ?", [hash_token(token)], limit=1))
    if not rows:
        raise NotFound("no such link")
    row = rows[0]
    moment = now or utcnow()
    state = _state(db, row, moment)
    if state in ("revoked", "expired", "used"):
        raise LinkGone(state)
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


def revoke_link(
    db: Database, link_id: str, by: str | None = None, now: datetime | None = None
) -> bool:
    """Revoke a link so its token no longer works; False if it already was.

    Raises NotFound for an unknown id.
    """
    rows = list(db["links"].rows_where("id = ?", [link_id], limit=1))
    if not rows:
        raise NotFound(f"no link {link_id}")
    if rows[0]["revoked"]:
        return False
    with db.atomic():
        db["links"].update(
            link_id, {"revoked": 1, "revoked_at": iso(now or utcnow()), "revoked_by": by}
        )
    return True


def _used_up(db: Database, link_id: str) -> bool:
    """True if a draft made through the link has been approved or archived."""
    if not {"drafts", "sessions"} <= set(db.table_names()):
        return False
    marks = ", ".join("?" for _ in CLOSED_STATUSES)
    rows = db.execute(
        "select 1 from drafts d join sessions s on s.id = d.session_id"
        f" where s.link_id = ? and d.status in ({marks}) limit 1",  # noqa: S608
        [link_id, *CLOSED_STATUSES],
    ).fetchall()
    return bool(rows)


def _state(db: Database, row: dict, moment: datetime) -> str:
    """One of revoked, expired, used (up), opened, open."""
    if row["revoked"]:
        return "revoked"
    if row["expires_at"] <= iso(moment):
        return "expired"
    if _used_up(db, row["id"]):
        return "used"
    return "opened" if row["used_at"] else "open"


def list_links(
    db: Database, team: str | None, now: datetime | None = None, limit: int = LIST_LIMIT
) -> list[dict]:
    """Return the newest links of a team (every team's for None), without token or citizen
    name: id, created_at, created_by, expires_at, used_at, revoked_at, revoked_by, team, state."""
    moment = now or utcnow()
    rows = db.query(
        "select id, created_at, created_by, expires_at, used_at, revoked, revoked_at,"
        " revoked_by, team from links where ? is null or team = ?"
        " order by created_at desc limit ?",
        [team, team, limit],
    )
    out = []
    for row in rows:
        state = _state(db, row, moment)
        row.pop("revoked")
        out.append({**row, "state": state})
    return out


def _link(row: dict) -> Link:
    return from_row(Link, row)
