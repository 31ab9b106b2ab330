"""TOTP second factor for local staff accounts (pyotp): enrolment confirmed by a first code,
the code step at sign-in (throttled like passwords, no reuse of a time step), switching off."""

from __future__ import annotations

import hmac
import re
from datetime import datetime

import pyotp
from sqlite_utils import Database

from assistant.accounts import User, _now, get_user, wait_seconds
from assistant.errors import AccountError, AuthenticationFailed, RateLimited
from assistant.storage import identities, staff_sessions, users
from assistant.storage.staff import audit

ISSUER = "Hverdagsmaal"
# Code attempts are counted under their own key, so a right password does not reset them.
KEY_SUFFIX = "#totp"


def start_totp(db: Database, user: User) -> tuple[str, str]:
    """Give a user a new pending TOTP secret; return (secret, otpauth URI).

    The secret is switched on only by confirm_totp with a right code; until then sign-in
    stays password only. Raises AccountError for single sign-on users (their IdP does MFA).
    """
    if user.sso:
        raise AccountError(
            "sso_no_totp", "single sign-on users have their second factor at the identity provider"
        )
    secret = pyotp.random_base32()
    identities.set_totp_pending(db, user.id, secret)
    audit(db, user.username, "totp_enrol")
    return secret, totp_uri(user, secret)


def totp_uri(user: User, secret: str) -> str:
    """Return the otpauth:// URI of a secret (what an authenticator app's QR code holds)."""
    return pyotp.TOTP(secret).provisioning_uri(name=user.username, issuer_name=ISSUER)


def pending_totp(db: Database, user: User) -> str | None:
    """Return the user's TOTP secret that waits for its first code, or None."""
    return identities.totp_pending(db, user.id)


def has_totp(db: Database, user: User) -> bool:
    """True if the user has TOTP switched on (the code step follows the password)."""
    return bool(identities.totp_secret(db, user.id))


def _matching_step(secret: str, code: str, now: datetime) -> int | None:
    """The time step (now, one before or one after) whose code this is, or None."""
    digits = re.sub(r"\s+", "", code or "")[:10]
    if not re.fullmatch(r"[0-9]{6}", digits):
        return None
    totp = pyotp.TOTP(secret)
    here = totp.timecode(now)
    for step in (here, here - 1, here + 1):
        if hmac.compare_digest(totp.generate_otp(step), digits):
            return step
    return None


def _code_attempt(
    db: Database, user: User, secret: str | None, code: str, address: str, now: datetime
) -> int:
    """Check a code against secret, throttled and recorded like a password; return its step."""
    key = user.username + KEY_SUFFIX
    wait = wait_seconds(db, key, address, now)
    if wait:
        raise RateLimited("too many failed codes", seconds=wait)
    step = _matching_step(secret, code, now) if secret else None
    users.record_login_attempt(db, key, address, now, step is not None)
    if step is None:
        raise AuthenticationFailed("wrong code")
    return step


def check_totp(
    db: Database, user: User, code: str, address: str, now: datetime | None = None
) -> None:
    """Accept a six-digit code of the user's TOTP; raises RateLimited or AuthenticationFailed.

    Throttled like passwords (its own count per account, the shared count per address); a
    code whose time step was already accepted is refused (no reuse within its window).
    """
    now = _now(now)
    step = _code_attempt(db, user, identities.totp_secret(db, user.id), code, address, now)
    if not identities.use_totp_step(db, user.id, step):
        raise AuthenticationFailed("code already used")


def confirm_totp(
    db: Database, user: User, code: str, address: str, now: datetime | None = None
) -> None:
    """Switch TOTP on when code matches the pending secret and end the user's sessions.

    Raises RateLimited or AuthenticationFailed (a wrong code keeps it off).
    """
    now = _now(now)
    step = _code_attempt(db, user, identities.totp_pending(db, user.id), code, address, now)
    identities.activate_totp(db, user.id, step)
    staff_sessions.end_for_user(db, user.id, "totp")
    audit(db, user.username, "totp_on")


def disable_totp(
    db: Database, user: User, code: str, address: str, now: datetime | None = None
) -> None:
    """Switch TOTP off after a current code and end the user's sessions.

    Raises RateLimited or AuthenticationFailed.
    """
    check_totp(db, user, code, address, now)
    identities.clear_totp(db, user.id)
    staff_sessions.end_for_user(db, user.id, "totp")
    audit(db, user.username, "totp_off")


def reset_totp(db: Database, user_id: int) -> User:
    """Switch a user's TOTP off (an administrator's help for a lost phone) and end their
    sessions; return the user. Raises NotFound."""
    user = get_user(db, user_id)
    identities.clear_totp(db, user_id)
    staff_sessions.end_for_user(db, user_id, "totp")
    return user
