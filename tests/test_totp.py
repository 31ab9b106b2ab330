"""TOTP second factor for local accounts (pyotp): enrolment confirmed by a code, the throttled
code check, no reuse of a time step, switching off."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pyotp
import pytest

from assistant import accounts, totp
from assistant.errors import AccountError, AuthenticationFailed, RateLimited
from assistant.storage import identities, staff_sessions
from assistant.storage.staff import list_audit

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
STEP = timedelta(seconds=30)
ADDRESS = "10.0.0.1"


@pytest.fixture
def anna(db):
    return accounts.create_user(db, "anna", "korrekt-hest-batteri")


def enrolled(db, user, at=NOW) -> str:
    """Enrol user with a code computed from the secret at `at`; return the secret."""
    secret, _ = totp.start_totp(db, user)
    totp.confirm_totp(db, user, pyotp.TOTP(secret).at(at), ADDRESS, now=at)
    return secret


def test_enrolment_waits_for_a_first_code_before_it_is_on(db, anna):
    secret, uri = totp.start_totp(db, anna)
    parts = urlsplit(uri)
    assert (parts.scheme, parts.netloc) == ("otpauth", "totp")
    assert parse_qs(parts.query)["secret"] == [secret]
    assert "anna" in parts.path
    assert not totp.has_totp(db, anna)  # pending: sign-in stays password only
    assert totp.pending_totp(db, anna) == secret
    with pytest.raises(AuthenticationFailed):
        totp.confirm_totp(db, anna, "000000", ADDRESS, now=NOW)
    assert not totp.has_totp(db, anna)  # a wrong code keeps it off
    again, _ = totp.start_totp(db, anna)
    assert again != secret  # a new enrolment replaces the pending secret
    totp.confirm_totp(db, anna, pyotp.TOTP(again).at(NOW), ADDRESS, now=NOW)
    assert totp.has_totp(db, anna)
    assert totp.pending_totp(db, anna) is None
    actions = [r["action"] for r in list_audit(db, 20)]
    assert actions.count("totp_enrol") == 2
    assert "totp_on" in actions


def test_single_sign_on_users_cannot_enrol(db):
    user_id, _ = identities.upsert_sso_user(db, "sub-1", "sso.user", "admin", "Team A")
    with pytest.raises(AccountError):
        totp.start_totp(db, accounts.get_user(db, user_id))


def test_the_current_code_is_accepted_once_and_a_wrong_or_old_one_refused(db, anna):
    secret = enrolled(db, anna, NOW - 2 * STEP)
    codes = pyotp.TOTP(secret)
    totp.check_totp(db, anna, codes.at(NOW - STEP), ADDRESS, now=NOW)  # one step late is fine
    with pytest.raises(AuthenticationFailed):  # the same code again: refused
        totp.check_totp(db, anna, codes.at(NOW - STEP), ADDRESS, now=NOW)
    totp.check_totp(db, anna, codes.at(NOW), ADDRESS, now=NOW)
    with pytest.raises(AuthenticationFailed):  # an earlier step after a later one: refused
        totp.check_totp(db, anna, codes.at(NOW - STEP), ADDRESS, now=NOW)
    later = NOW + STEP
    totp.check_totp(db, anna, codes.at(later), ADDRESS, now=later)
    with pytest.raises(AuthenticationFailed):
        totp.check_totp(db, anna, codes.at(NOW - timedelta(minutes=5)), ADDRESS, now=later)
    with pytest.raises(AuthenticationFailed):
        totp.check_totp(db, anna, "", ADDRESS, now=later)


def test_the_confirming_code_cannot_be_used_again_to_sign_in(db, anna):
    secret = enrolled(db, anna)
    with pytest.raises(AuthenticationFailed):
        totp.check_totp(db, anna, pyotp.TOTP(secret).at(NOW), ADDRESS, now=NOW)


def test_a_user_without_totp_never_passes_the_code_step(db, anna):
    with pytest.raises(AuthenticationFailed):
        totp.check_totp(db, anna, "123456", ADDRESS, now=NOW)
    totp.start_totp(db, anna)  # pending is not on
    with pytest.raises(AuthenticationFailed):
        totp.check_totp(db, anna, "123456", ADDRESS, now=NOW)


def test_wrong_codes_are_throttled_like_passwords(db, anna):
    secret = enrolled(db, anna, NOW - 5 * STEP)
    for i in range(accounts.FREE_PER_ACCOUNT):
        with pytest.raises(AuthenticationFailed):
            totp.check_totp(db, anna, "000000", ADDRESS, now=NOW + timedelta(seconds=i))
    later = NOW + timedelta(seconds=accounts.FREE_PER_ACCOUNT)
    with pytest.raises(RateLimited):
        totp.check_totp(db, anna, pyotp.TOTP(secret).at(later), ADDRESS, now=later)


def test_a_right_password_does_not_reset_the_count_of_wrong_codes(db, anna):
    enrolled(db, anna, NOW - 5 * STEP)
    for i in range(accounts.FREE_PER_ACCOUNT):
        at = NOW + timedelta(seconds=i)
        accounts.authenticate(db, "anna", "korrekt-hest-batteri", ADDRESS, now=at)
        with pytest.raises(AuthenticationFailed):
            totp.check_totp(db, anna, "000000", ADDRESS, now=at)
    at = NOW + timedelta(seconds=accounts.FREE_PER_ACCOUNT)
    accounts.authenticate(db, "anna", "korrekt-hest-batteri", ADDRESS, now=at)
    with pytest.raises(RateLimited):
        totp.check_totp(db, anna, "000000", ADDRESS, now=at)


def test_switching_off_needs_a_current_code_and_ends_sessions(db, anna):
    secret = enrolled(db, anna, NOW - STEP)
    staff_sessions.start(db, anna.id, ADDRESS, "test")
    with pytest.raises(AuthenticationFailed):
        totp.disable_totp(db, anna, "000000", ADDRESS, now=NOW)
    assert totp.has_totp(db, anna)
    totp.disable_totp(db, anna, pyotp.TOTP(secret).at(NOW), ADDRESS, now=NOW)
    assert not totp.has_totp(db, anna)
    assert identities.totp_secret(db, anna.id) is None
    assert "totp_off" in [r["action"] for r in list_audit(db, 20)]
    assert not list(db.query("select 1 from staff_sessions where ended is null"))
