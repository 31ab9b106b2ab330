"""TOTP second factor for local accounts (pyotp): enrolment and the throttled code check."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pyotp
import pytest

from assistant import accounts
from assistant.errors import AuthenticationFailed, RateLimited

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


@pytest.fixture
def anna(db):
    return accounts.create_user(db, "anna", "korrekt-hest-batteri")


def test_enrolment_gives_a_secret_once_and_an_otpauth_uri(db, anna):
    assert not accounts.has_totp(db, anna)
    secret, uri = accounts.start_totp(db, anna)
    assert accounts.has_totp(db, anna)
    parts = urlsplit(uri)
    assert (parts.scheme, parts.netloc) == ("otpauth", "totp")
    assert parse_qs(parts.query)["secret"] == [secret]
    assert "anna" in parts.path
    again, _ = accounts.start_totp(db, anna)
    assert again != secret  # a new enrolment replaces the old secret


def test_the_current_code_is_accepted_and_a_wrong_or_old_one_refused(db, anna):
    secret, _ = accounts.start_totp(db, anna)
    totp = pyotp.TOTP(secret)
    accounts.check_totp(db, anna, totp.at(NOW), "10.0.0.1", now=NOW)
    accounts.check_totp(db, anna, totp.at(NOW - timedelta(seconds=30)), "10.0.0.1", now=NOW)
    with pytest.raises(AuthenticationFailed):
        accounts.check_totp(db, anna, totp.at(NOW - timedelta(minutes=5)), "10.0.0.1", now=NOW)
    with pytest.raises(AuthenticationFailed):
        accounts.check_totp(db, anna, "", "10.0.0.1", now=NOW)


def test_a_user_without_totp_never_passes_the_code_step(db, anna):
    with pytest.raises(AuthenticationFailed):
        accounts.check_totp(db, anna, "123456", "10.0.0.1", now=NOW)


def test_wrong_codes_are_throttled_like_passwords(db, anna):
    secret, _ = accounts.start_totp(db, anna)
    for i in range(accounts.FREE_PER_ACCOUNT):
        with pytest.raises(AuthenticationFailed):
            accounts.check_totp(db, anna, "000000", "10.0.0.1", now=NOW + timedelta(seconds=i))
    later = NOW + timedelta(seconds=accounts.FREE_PER_ACCOUNT)
    with pytest.raises(RateLimited):
        accounts.check_totp(db, anna, pyotp.TOTP(secret).at(later), "10.0.0.1", now=later)
