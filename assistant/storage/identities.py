"""Where a staff member comes from and belongs: team, single sign-on subject, TOTP secret."""

from __future__ import annotations

import re

from sqlite_utils import Database, Migrations

from assistant.errors import AccountError
from assistant.storage import DEFAULT_TEAM, iso, register, utcnow
from assistant.storage import staff as _staff  # noqa: F401  (users must exist first)
from assistant.storage.staff_sessions import end_for_user

MIGRATIONS = register(Migrations("hverdagsmaal-identities"))

# Users signed in by the identity provider have no password: no argon2 hash matches this.
NO_PASSWORD = "!sso"
MAX_TEAM = 100


@MIGRATIONS()
def m001_identity_columns(db: Database) -> None:
    """Users get a team (default Standard), an OIDC subject (unique) and a TOTP secret."""
    users = db["users"]
    users.add_column("team", str, not_null_default=DEFAULT_TEAM)
    users.add_column("oidc_subject", str)
    users.add_column("totp_secret", str)
    users.create_index(["oidc_subject"], unique=True)
    # The identity provider's ID token, sent back as the hint when the session signs out there.
    db["staff_sessions"].add_column("id_token", str)


@MIGRATIONS()
def m002_totp_confirm(db: Database) -> None:
    """A TOTP secret waits (pending) until a first code confirms it; the last accepted time
    step is kept so a code cannot be used twice."""
    users = db["users"]
    users.add_column("totp_pending", str)
    users.add_column("totp_last_step", int)


def clean_team(team: str | None) -> str:
    """Return a team name fit to store: stripped, at most 100 characters, Standard if empty."""
    name = re.sub(r"\s+", " ", str(team or "")).strip()[:MAX_TEAM]
    return name or DEFAULT_TEAM


def _free_username(db: Database, wanted: str) -> str:
    name, n = wanted, 1
    while list(db.query("select 1 from users where username = ?", [name])):
        n += 1
        name = f"{wanted[:36]}-{n}"
    return name


def upsert_sso_user(
    db: Database, subject: str, username: str, role: str, team: str
) -> tuple[int, bool]:
    """Create or update the user of an identity-provider subject; return (user id, created).

    A local account with the same name is never taken over: the new user gets a free name.
    A changed role ends the user's other sessions. Raises AccountError on an empty subject.
    """
    if not subject:
        raise AccountError("sso_no_subject", "the identity provider sent no subject")
    team = clean_team(team)
    with db.atomic():
        rows = list(db.query("select * from users where oidc_subject = ?", [subject]))
        if rows:
            row = rows[0]
            db["users"].update(row["id"], {"role": role, "team": team, "active": 1})
            if row["role"] != role:
                end_for_user(db, row["id"], "role")
            return row["id"], False
        table = db["users"].insert(
            {
                "username": _free_username(db, username),
                "password_hash": NO_PASSWORD,
                "role": role,
                "must_change_password": 0,
                "active": 1,
                "created": iso(utcnow()),
                "team": team,
                "oidc_subject": subject,
            }
        )
    return table.last_pk, True


def known_teams(db: Database) -> list[str]:
    """Return the teams staff members belong to (Standard always among them), sorted."""
    rows = db.execute("select distinct team from users where team is not null").fetchall()
    return sorted({r[0] for r in rows} | {DEFAULT_TEAM})


def set_team(db: Database, user_id: int, team: str) -> None:
    """Put a user in a team (an administrator's choice for local accounts)."""
    with db.atomic():
        db["users"].update(user_id, {"team": clean_team(team)})


def set_totp_secret(db: Database, user_id: int, secret: str | None) -> None:
    """Store (or with None remove) a user's TOTP secret."""
    with db.atomic():
        db["users"].update(user_id, {"totp_secret": secret})


def totp_secret(db: Database, user_id: int) -> str | None:
    """Return a user's TOTP secret, or None if they have not enrolled."""
    rows = list(db.query("select totp_secret from users where id = ?", [user_id]))
    return rows[0]["totp_secret"] if rows else None


def set_session_id_token(db: Database, session_id: int, id_token: str) -> None:
    """Keep the ID token of a single sign-on session (the hint for the provider's sign-out)."""
    with db.atomic():
        db["staff_sessions"].update(session_id, {"id_token": id_token})


def session_id_token(db: Database, session_id: int) -> str | None:
    """Return the ID token kept for a staff session, or None."""
    rows = list(db.query("select id_token from staff_sessions where id = ?", [session_id]))
    return rows[0]["id_token"] if rows else None


def set_totp_pending(db: Database, user_id: int, secret: str | None) -> None:
    """Store (or with None remove) a TOTP secret that waits for its first code."""
    with db.atomic():
        db["users"].update(user_id, {"totp_pending": secret})


def totp_pending(db: Database, user_id: int) -> str | None:
    """Return a user's TOTP secret that waits for its first code, or None."""
    rows = list(db.query("select totp_pending from users where id = ?", [user_id]))
    return rows[0]["totp_pending"] if rows else None


def activate_totp(db: Database, user_id: int, step: int) -> None:
    """Switch the pending TOTP secret on, with the time step of the code that confirmed it."""
    with db.atomic():
        db.execute(
            "update users set totp_secret = totp_pending, totp_pending = null,"
            " totp_last_step = ? where id = ? and totp_pending is not null",
            [step, user_id],
        )


def clear_totp(db: Database, user_id: int) -> None:
    """Switch TOTP off for a user: forget the secret, any pending one and the last step."""
    with db.atomic():
        db["users"].update(
            user_id, {"totp_secret": None, "totp_pending": None, "totp_last_step": None}
        )


def use_totp_step(db: Database, user_id: int, step: int) -> bool:
    """Record step as the user's last accepted TOTP step; False if it (or a later one) was used."""
    with db.atomic():
        cursor = db.execute(
            "update users set totp_last_step = ? where id = ?"
            " and (totp_last_step is null or totp_last_step < ?)",
            [step, user_id, step],
        )
        return cursor.rowcount == 1
