"""Staff accounts: argon2 password hashes, roles, sign-in with lockout, the demo admin."""

from __future__ import annotations

import functools
import gc
import math
import os
import re
import secrets
import sys
import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import yaml
from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from sqlite_utils import Database

from assistant import PROJECT_ROOT
from assistant.errors import AccountError, AuthenticationFailed, NotFound, RateLimited
from assistant.storage import staff_sessions, users
from assistant.storage.staff import audit

ROLES = ("staff", "admin")
# Sign-in throttling: free tries, then a delay that doubles per failure, up to a cap.
FREE_PER_ACCOUNT = 3
FREE_PER_ADDRESS = 10
ACCOUNT_MAX_DELAY = timedelta(minutes=1)
ADDRESS_MAX_DELAY = timedelta(minutes=15)
WINDOW = timedelta(hours=1)
MIN_PASSWORD_LENGTH = 12
# zxcvbn's score 4: "very unguessable", strong protection even when the hashes are stolen.
MIN_PASSWORD_SCORE = 4
PASSWORD_WORDS = PROJECT_ROOT / "content" / "da" / "passwords.yaml"
DEMO_ADMIN = "demo-admin"
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")

# The test suite sets this to "test" for cheap hashes; anything else but unset is refused.
HASHER_ENV = "HVERDAGSMAAL_ARGON2_PROFILE"
HASHER_PROFILES = {
    # argon2-cffi's default: RFC 9106 low-memory (t=3, 64 MiB, p=4). Production keeps it.
    "strong": profiles.RFC_9106_LOW_MEMORY,
    # Tests only: the cheapest parameters with a full-size salt and hash (about 0.1 ms).
    "test": replace(profiles.CHEAPEST, salt_len=16, hash_len=32),
}


@functools.cache
def _hasher_for(profile: str) -> tuple[PasswordHasher, str]:
    hasher = PasswordHasher.from_parameters(HASHER_PROFILES[profile])
    # Verified against when the user does not exist, so both paths take the same time.
    return hasher, hasher.hash(secrets.token_hex(16))


def password_hasher() -> tuple[PasswordHasher, str]:
    """Return (the argon2 hasher, a dummy hash) of $HVERDAGSMAAL_ARGON2_PROFILE (default strong)."""
    profile = os.environ.get(HASHER_ENV) or "strong"
    if profile not in HASHER_PROFILES:
        raise ValueError(
            f"{HASHER_ENV} must be one of {', '.join(HASHER_PROFILES)}, not {profile!r}"
        )
    return _hasher_for(profile)


@dataclass(frozen=True)
class User:
    """A staff member who may sign in."""

    id: int
    username: str
    role: str
    must_change_password: bool
    active: bool
    team: str = "Standard"
    sso: bool = False

    @property
    def is_admin(self) -> bool:
        """True for administrators."""
        return self.role == "admin"


def _user(row: dict) -> User:
    return User(
        id=row["id"],
        username=row["username"],
        role=row["role"],
        must_change_password=bool(row["must_change_password"]),
        active=bool(row["active"]),
        team=row.get("team") or "Standard",
        sso=bool(row.get("oidc_subject")),
    )


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def normal_username(username: str) -> str:
    """Return the canonical (stripped, lower-case) form of a user name."""
    return (username or "").strip().lower()


@functools.cache
def common_words() -> tuple[str, ...]:
    """The Danish words weak passwords are built from (content/da/passwords.yaml)."""
    data = yaml.safe_load(PASSWORD_WORDS.read_text(encoding="utf-8")) or {}
    return tuple(str(w) for w in data.get("common_words") or ())


def check_password_rules(password: str, username: str = "") -> None:
    """Raise AccountError if a new password is shorter than 12 or easy to guess (zxcvbn)."""
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise AccountError(
            "password_short",
            f"password must have at least {MIN_PASSWORD_LENGTH} characters",
            min=MIN_PASSWORD_LENGTH,
        )
    known = [*common_words(), *(w for w in (normal_username(username),) if w)]
    # zxcvbn's cost grows with the length; the first 100 characters decide the score anyway.
    if _guess_score(password[:100], known) < MIN_PASSWORD_SCORE:
        raise AccountError("password_weak", "password is too easy to guess")


_zxcvbn_lock = threading.Lock()


def _guess_score(password: str, known: list[str]) -> int:
    """Return zxcvbn's score (0-4), importing it for this check only.

    Its word lists hold ~13 MB that only a new password needs: imported here, not at start,
    and dropped again afterwards, so that a long-running server does not keep them after one
    password change (the first start's demo admin or a staff member's new password).
    """
    with _zxcvbn_lock:  # one import at a time: another thread must not see it half dropped
        try:
            return _zxcvbn_score(password, known)
        finally:
            for name in [m for m in sys.modules if m == "zxcvbn" or m.startswith("zxcvbn.")]:
                del sys.modules[name]
            gc.collect()  # a module's functions and globals form cycles: free them now


def _zxcvbn_score(password: str, known: list[str]) -> int:
    from zxcvbn import zxcvbn  # noqa: PLC0415

    return int(zxcvbn(password, user_inputs=known)["score"])


def random_password() -> str:
    """Return a random one-time password that passes the password rule."""
    while True:
        password = secrets.token_urlsafe(12)
        try:
            check_password_rules(password)
        except AccountError:
            continue
        return password


def create_user(
    db: Database,
    username: str,
    password: str,
    role: str = "staff",
    must_change_password: bool = False,
) -> User:
    """Create a user with an argon2 hash; raises AccountError on bad or taken names."""
    name = normal_username(username)
    if not USERNAME_RE.match(name):
        raise AccountError(
            "username_invalid", "user name must be 2-40 characters: a-z, 0-9, '.', '_' or '-'"
        )
    if role not in ROLES:
        raise AccountError("role_unknown", f"role must be one of {', '.join(ROLES)}")
    check_password_rules(password, name)
    with db.atomic():
        if users.user_exists(db, name):
            raise AccountError("username_taken", f"user {name!r} already exists")
        user_id = users.insert_user(
            db,
            {
                "username": name,
                "password_hash": password_hasher()[0].hash(password),
                "role": role,
                "must_change_password": int(must_change_password),
                "active": 1,
            },
        )
    return get_user(db, user_id)


def get_user(db: Database, user_id: int) -> User:
    """Return the user with this id; raises NotFound."""
    row = users.user_row(db, user_id)
    if row is None:
        raise NotFound(f"user {user_id} not found")
    return _user(row)


def list_users(db: Database) -> list[User]:
    """Return every user, by name."""
    return [_user(r) for r in users.user_rows(db)]


def count_users(db: Database) -> int:
    """Return how many users exist."""
    return users.count_users(db)


def _delay(failures: int, free: int, cap: timedelta) -> timedelta:
    """No delay for the first `free` failures, then 2, 4, 8 ... seconds up to `cap`."""
    if failures < free:
        return timedelta(0)
    return min(timedelta(seconds=2 ** min(failures - free + 1, 30)), cap)


def wait_seconds(db: Database, username: str, address: str, now: datetime | None = None) -> int:
    """Seconds before this account may be tried again from this address (0: try now).

    The delay grows with the failures of the account (since its last success, capped at a
    minute so nobody can lock a colleague out) and of the address (not reset by a success,
    capped at 15 minutes); behind a proxy the address is the client's (see --trusted-proxies).
    """
    now = _now(now)
    waits = []
    for column, value, free, cap, reset in (
        ("username", normal_username(username), FREE_PER_ACCOUNT, ACCOUNT_MAX_DELAY, True),
        ("address", address, FREE_PER_ADDRESS, ADDRESS_MAX_DELAY, False),
    ):
        count, last = users.login_failures(db, column, value, now - WINDOW, reset)
        if last is not None:
            waits.append((last + _delay(count, free, cap) - now).total_seconds())
    return max(0, math.ceil(max(waits, default=0)))


def is_locked(db: Database, username: str, address: str, now: datetime | None = None) -> bool:
    """True if this account or address must wait before the next try."""
    return wait_seconds(db, username, address, now) > 0


def authenticate(
    db: Database, username: str, password: str, address: str, now: datetime | None = None
) -> User:
    """Return the user if name and password match; raises RateLimited or AuthenticationFailed."""
    now = _now(now)
    name = normal_username(username)
    wait = wait_seconds(db, name, address, now)
    if wait:
        raise RateLimited("too many failed sign-ins", seconds=wait)
    row = users.active_user_row(db, name)
    hasher, dummy = password_hasher()
    stored = row["password_hash"] if row else dummy
    try:
        ok = hasher.verify(stored, password or "") and row is not None
    except (VerificationError, InvalidHashError):
        ok = False
    users.record_login_attempt(db, name, address, now, ok)
    if not ok:
        raise AuthenticationFailed("wrong user name or password")
    if hasher.check_needs_rehash(stored):
        users.update_user(db, row["id"], {"password_hash": hasher.hash(password)})
    return _user(row)


def change_password(db: Database, user: User, old: str, new: str) -> None:
    """Replace a user's password after checking the old one; raises AccountError."""
    row = users.user_row(db, user.id)
    try:
        password_hasher()[0].verify(row["password_hash"], old or "")
    except (VerificationError, InvalidHashError) as exc:
        raise AccountError("password_wrong", "the current password is wrong") from exc
    if new == old:
        raise AccountError("password_same", "the new password must differ from the current one")
    set_password(db, user.id, new, username=user.username)
    audit(db, user.username, "change_password")


def set_password(
    db: Database, user_id: int, password: str, must_change: bool = False, username: str = ""
) -> None:
    """Set a new password hash for a user; raises AccountError if it is too weak."""
    check_password_rules(password, username)
    users.update_user(
        db,
        user_id,
        {
            "password_hash": password_hasher()[0].hash(password),
            "must_change_password": int(must_change),
        },
    )
    staff_sessions.end_for_user(db, user_id, "password")


def reset_password(db: Database, user_id: int) -> str:
    """Give a user a random one-time password they must change; return it. Raises NotFound."""
    get_user(db, user_id)
    password = random_password()
    set_password(db, user_id, password, must_change=True)
    return password


def set_active(db: Database, user_id: int, active: bool) -> User:
    """Enable or disable sign-in for a user; return the user. Raises NotFound."""
    get_user(db, user_id)
    users.update_user(db, user_id, {"active": int(active)})
    if not active:
        staff_sessions.end_for_user(db, user_id, "disabled")
    return get_user(db, user_id)


def set_role(db: Database, user_id: int, role: str) -> User:
    """Change a user's role and end their sessions; return the user. Raises NotFound."""
    if role not in ROLES:
        raise AccountError("role_unknown", f"role must be one of {', '.join(ROLES)}")
    if get_user(db, user_id).role != role:
        users.update_user(db, user_id, {"role": role})
        staff_sessions.end_for_user(db, user_id, "role")
    return get_user(db, user_id)


def ensure_demo_admin(db: Database) -> str | None:
    """Create 'demo-admin' with a one-time password if there are no users; return it or None."""
    if count_users(db):
        return None
    password = random_password()
    create_user(db, DEMO_ADMIN, password, role="admin", must_change_password=True)
    audit(db, "system", "create_demo_admin", detail=DEMO_ADMIN)
    return password
